# next() on a generator: its return value travels in StopIteration.value
def g():
    yield 1
    return "result"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("stop", repr(e.value), e.args)
print(next(it, "default"))
def h():
    return (1, 2)
    yield
try:
    next(h())
except StopIteration as e:
    print("tuple value", e.value, e.args)
