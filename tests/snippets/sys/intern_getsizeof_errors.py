import sys
a = sys.intern("hello world!")
b = sys.intern("hello " + "world!")
print(a is b, a == "hello world!")
class S(str):
    pass
for bad in (S("x"), 1, b"x", None):
    try:
        sys.intern(bad)
    except TypeError as ex:
        print("TypeError:", ex)
try:
    sys.intern()
except TypeError as ex:
    print("TypeError:", ex)
print(type(sys.getsizeof(1)).__name__, sys.getsizeof(1) > 0, sys.getsizeof([]) > 0)
class NoSize:
    def __sizeof__(self):
        return "big"
class Neg:
    def __sizeof__(self):
        return -1
class Raises:
    def __sizeof__(self):
        raise TypeError("nope")
for o in (NoSize(), Neg()):
    try:
        sys.getsizeof(o)
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__ + ":", ex)
print(sys.getsizeof(Raises(), 99), sys.getsizeof(NoSize(), "dflt"))
class Sized:
    def __sizeof__(self):
        return 10
print(sys.getsizeof(Sized()) >= 10)
try:
    sys.getsizeof()
except TypeError as ex:
    print("TypeError:", ex)
try:
    sys.getsizeof(1, 2, 3)
except TypeError as ex:
    print("TypeError:", ex)
