import sys
print(sys.exception(), sys.exc_info())
try:
    raise ValueError("outer")
except ValueError:
    print(repr(sys.exception()), sys.exc_info()[0].__name__, sys.exc_info()[1] is sys.exception())
    try:
        raise KeyError("inner")
    except KeyError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception())
def gen():
    try:
        raise TypeError("in gen")
    except TypeError:
        yield repr(sys.exception())
        yield repr(sys.exception())
g = gen()
print(next(g), sys.exception())
try:
    raise RuntimeError("r")
except RuntimeError:
    print(next(g))
try:
    sys.exception(1)
except TypeError as ex:
    print("TypeError:", ex)
try:
    sys.exc_info(1)
except TypeError as ex:
    print("TypeError:", ex)
