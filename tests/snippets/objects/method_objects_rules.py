class A:
    def f(self):
        return "f"
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
a, b = A(), A()
m = a.f
print(m.__func__ is A.f, m.__self__ is a, m.__name__, m.__qualname__, m.__doc__, m.__module__)
print(a.f == a.f, a.f == b.f, a.f != b.f, hash(a.f) == hash(a.f))
class B:
    def f(self): pass
    def g(self): pass
x = B()
print(x.f == x.f, x.f == x.g, x.f == B().f)
import types
mt = types.MethodType(B.f, x)
print(mt == x.f, type(mt) is types.MethodType)
print(repr(x.f).startswith("<bound method B.f of <__main__.B object at"))
for bad_args in ((), (B.f,), (1, x)):
    try:
        types.MethodType(*bad_args)
    except TypeError as ex:
        print("TypeError:", ex)
print(types.MethodType(len, "abc")())
try:
    types.MethodType(B.f, None)
except TypeError as ex:
    print("TypeError:", ex)
try:
    x.f.__name__ = "z"
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    x.f.__func__ = None
except AttributeError as ex:
    print("AttributeError:", ex)
B.f.tag = 7
print(x.f.tag)
try:
    x.f.other = 1
except AttributeError as ex:
    print("AttributeError:", ex)
print(x.f.__reduce__()[0].__name__, x.f.__reduce__()[1][1])
bm = x.f
print(hasattr(bm, "__get__"), "__get__" in dir(bm), repr(bm.__get__).split(" of ")[1].split(" at ")[0])
class C:
    @classmethod
    def c(cls):
        return cls
print(C.c.__self__ is C, repr(C.c).startswith("<bound method C.c of <class '__main__.C'>>"))
