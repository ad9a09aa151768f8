def g():
    yield 1
    return 5
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value, e.args)
def gen_raise():
    yield 1
    raise StopIteration(7)
it = gen_raise()
next(it)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__.value)
async def coro():
    return 3
c = coro()
try:
    c.send(None)
except StopIteration as e:
    print("coro value", e.value)
print(next(iter([]), "default"))
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("payload")
print(list(It()))
try:
    next(It())
except StopIteration as e:
    print(e.value, repr(e))
print(StopIteration.__mro__[1].__name__, issubclass(StopAsyncIteration, Exception))
