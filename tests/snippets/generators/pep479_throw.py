# StopIteration raised by throw() into a generator is converted too
def gen():
    yield 1
    yield 2

g = gen()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError:", e)
print(g.gi_frame)

# StopAsyncIteration, too, is not allowed to escape... but only in async generators;
# in a plain generator it passes through untouched
def gen2():
    raise StopAsyncIteration("plain")
    yield
try:
    next(gen2())
except StopAsyncIteration as e:
    print("StopAsyncIteration:", e)
