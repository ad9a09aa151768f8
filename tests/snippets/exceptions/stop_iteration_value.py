print(StopIteration().value, StopIteration(1).value, StopIteration(1, 2).value)
e = StopIteration(5)
e.value = 9
print(e.value, e.args)
del e.value
print(e.value)
def g():
    yield 1
    return "ret"
it = g()
next(it)
try:
    next(it)
except StopIteration as ex:
    print(ex.value, ex.args, repr(ex))
s = StopAsyncIteration("a")
print(repr(s), s.args, hasattr(s, "value"), StopAsyncIteration.__mro__[1].__name__)
def g2():
    return (1, 2)
    yield
try:
    next(g2())
except StopIteration as ex:
    print(ex.value, ex.args)
def g3():
    raise StopIteration("inside")
    yield
try:
    next(g3())
except RuntimeError as ex:
    print("RuntimeError:", ex, type(ex.__cause__).__name__)
