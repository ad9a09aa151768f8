class C:
    "doc string"
    x: int = 1
    y: "str"
print(C.__doc__, C.__annotations__)
class N:
    pass
print(N.__doc__, N.__annotations__, "__annotations__" in N.__dict__)
N.__annotations__ = {"a": 1}
print(N.__annotations__)
del N.__annotations__
try:
    del N.__annotations__
except AttributeError as ex:
    print("AttributeError:", ex)
for t in (int, type, object):
    try:
        t.__annotations__
    except AttributeError as ex:
        print("AttributeError:", ex)
try:
    int.__annotations__ = {}
except TypeError as ex:
    print("TypeError:", ex)
C.__doc__ = "changed"
print(C.__doc__)
try:
    int.__doc__ = "x"
except TypeError as ex:
    print("TypeError:", ex)
class Sub(C):
    pass
print(Sub.__doc__, Sub.__annotations__)
print(repr(object.__doc__))
print(object.__text_signature__, C.__text_signature__, N.__text_signature__)
print(type.__dict__["__annotations__"].__class__.__name__, type.__dict__["__doc__"].__class__.__name__)
