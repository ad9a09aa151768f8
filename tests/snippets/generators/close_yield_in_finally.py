# yielding while being closed is a RuntimeError ("generator ignored GeneratorExit")
def gen():
    try:
        yield 1
    finally:
        yield "cleanup"

g = gen()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(g)
except GeneratorExit:
    print("resuming re-raised GeneratorExit after the finally block")

def swallow():
    for attempt in range(2):
        try:
            yield attempt
        except GeneratorExit:
            print("ignoring GeneratorExit")

s = swallow()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(s))
s.close()
print("second close is quiet")
