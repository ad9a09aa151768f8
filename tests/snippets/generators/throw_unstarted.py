# throw() into a generator that has not started raises at its very first line
def gen():
    print("body started")
    try:
        yield 1
    except Exception:
        print("never here")

g = gen()
try:
    g.throw(RuntimeError("early"))
except RuntimeError as e:
    print("raised out:", e)
print(next(g, "exhausted"))

def gen2():
    yield 1
g2 = gen2()
try:
    g2.throw(TypeError)
except TypeError as e:
    print("type only:", type(e).__name__, e.args)
