# exception state inside async generators: sys.exc_info, implicit __context__, handling across yields
import sys
from _drive import run


async def agen():
    print("start exc_info:", sys.exc_info()[0])
    try:
        raise KeyError("inside")
    except KeyError:
        yield "in except"
        print("resumed exc_info:", sys.exc_info()[0].__name__)
        yield "still in except"
    print("after except:", sys.exc_info()[0])
    yield "done"


ag = agen()
try:
    raise ValueError("outer")
except ValueError:
    print(run(ag.__anext__()))
    print("caller exc_info:", sys.exc_info()[0].__name__)
print(run(ag.__anext__()))
print("caller after:", sys.exc_info()[0])
print(run(ag.__anext__()))


async def raiser():
    try:
        yield 1
    except ZeroDivisionError:
        raise TypeError("while handling")


ag = raiser()
run(ag.__anext__())
try:
    run(ag.athrow(ZeroDivisionError("zero")))
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))
