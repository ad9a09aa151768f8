# Generators and coroutines compiled after warm-up: yield, send, throw, close, yield from, finally blocks,
# generator expressions and the StopIteration -> RuntimeError rule.
def counter(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return total

def guarded(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("closed")

def delegating(n):
    r = yield from counter(n)
    yield ("returned", r)

acc = 0
for k in range(2000):
    acc += sum(x * x for x in range(5))
print(acc)

for k in range(1500):
    g = counter(5)
    next(g)
    vals = [g.send(j) for j in range(3)]
print(vals)
try:
    g.send(10)
    g.send(10)
except StopIteration as e:
    print("StopIteration", e.value)

log = []
for k in range(1200):
    g = guarded(log)
    next(g)
    g.close()
print(len(log), log[-1])

g = guarded(log)
next(g)
try:
    g.throw(ValueError("thrown in"))
except ValueError as e:
    print("came back:", e, log[-1])

for k in range(1100):
    out = list(delegating(3))
print(out)

def leaky():
    yield 1
    raise StopIteration("inside")

for k in range(1100):
    try:
        list(leaky())
    except RuntimeError as e:
        msg = (str(e), type(e.__cause__).__name__)
print(msg)

async def add(a, b):
    return a + b

async def main():
    t = 0
    for i in range(3000):
        t += await add(i, 1)
    return t

coro = main()
try:
    coro.send(None)
except StopIteration as e:
    print("coroutine returned", e.value)
