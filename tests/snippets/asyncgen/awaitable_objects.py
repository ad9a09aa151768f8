# the asend/athrow awaitables are their own iterators; next() drives them like send(None)
from _drive import run


async def agen():
    got = yield "first"
    yield f"second after {got!r}"


ag = agen()
a = ag.asend(None)
print(a.__await__() is a, iter(a) is a, a.__iter__() is a)
try:
    next(a)
except StopIteration as e:
    print("next ->", e.value)
b = ag.asend("hello")
try:
    b.__next__()
except StopIteration as e:
    print("__next__ ->", e.value)
c = ag.aclose()
print(c.__await__() is c, iter(c) is c)
try:
    next(c)
except StopIteration as e:
    print("aclose next ->", e.value, e.args)
for name in ("send", "throw", "close", "__await__", "__next__", "__iter__"):
    print(name, hasattr(a, name), hasattr(c, name))
try:
    a.send()
except TypeError as e:
    print("TypeError:", e)
try:
    a.close(1)
except TypeError as e:
    print("TypeError:", e)
try:
    ag.athrow(ValueError).throw()
except TypeError as e:
    print("TypeError:", e)
try:
    ag.asend()
except TypeError as e:
    print("TypeError:", e)
try:
    ag.aclose(1)
except TypeError as e:
    print("TypeError:", e)
try:
    ag.__anext__(1)
except TypeError as e:
    print("TypeError:", e)
