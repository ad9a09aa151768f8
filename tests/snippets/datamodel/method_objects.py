class A:
    def f(self, x=1):
        "f doc"
        return ("f", x)
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s():
        return "s"

a = A()
m = a.f
print(m(), m(5), m.__self__ is a, m.__func__ is A.f, m.__name__, m.__qualname__, m.__doc__)
print(type(m).__name__, type(A.f).__name__, type(A.c).__name__, type(A.s).__name__)
print(a.f == a.f, a.f is a.f, a.f != A().f, hash(a.f) == hash(a.f))
print(A.f(a, 2), A.c(), a.c(), A.s(), a.s(), A.c.__self__ is A)
print(repr(m).startswith("<bound method A.f of <__main__.A object at 0x"), repr(A.c).startswith("<bound method A.c of <class '__main__.A'>"))
import types
bm = types.MethodType(lambda self, y: (type(self).__name__, y), a)
print(bm(3), bm.__self__ is a)
try:
    types.MethodType(1, a)
except TypeError as e:
    print("TypeError:", e)
try:
    m.__self__ = None
except AttributeError as e:
    print("AttributeError:", e)
try:
    m.new_attr = 1
except AttributeError as e:
    print("AttributeError:", e)
A.f.tag = "tagged"
print(a.f.tag)
try:
    A.f()
except TypeError as e:
    print("TypeError:", e)
try:
    a.f(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(list.append.__qualname__ if hasattr(list.append, "__qualname__") else "", type(list.append).__name__, type([].append).__name__)
print(type(int.__add__).__name__, type((1).__add__).__name__, (1).__add__(2), int.__add__(3, 4))
try:
    int.__add__("x", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    list.append(5, 1)
except TypeError as e:
    print("TypeError:", e)
