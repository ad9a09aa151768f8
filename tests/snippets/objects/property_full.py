class C:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "x doc"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
    @x.deleter
    def x(self):
        print("deleting")
c = C()
c.x = 5
print(c.x, C.x.__doc__, type(C.x).__name__)
del c.x
print(C.x.fget.__name__, C.x.fset.__name__, C.x.fdel.__name__)
class R:
    @property
    def ro(self):
        return 1
r = R()
try:
    r.ro = 2
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    del r.ro
except AttributeError as ex:
    print("AttributeError:", ex)
p = property()
class E:
    v = p
try:
    E().v
except AttributeError as ex:
    print("AttributeError:", ex)
p2 = property(None, None, None, "given doc")
print(p2.__doc__, p2.fget, p2.fset, p2.fdel)
def getter(self):
    "getter doc"
    return 1
print(property(getter).__doc__, property(getter, doc="explicit").__doc__)
g2 = property(getter).getter(lambda self: 2)
print(g2.__doc__)
print(R.ro.__isabstractmethod__)
import abc
class Ab:
    @property
    @abc.abstractmethod
    def a(self):
        pass
print(Ab.a.__isabstractmethod__)
try:
    property(1, 2, 3, 4, 5)
except TypeError as ex:
    print("TypeError:", ex)
try:
    property(fget=1, bad=2)
except TypeError as ex:
    print("TypeError:", ex)
class Sub(property):
    pass
s = Sub(getter)
print(type(s.setter(lambda self, v: None)).__name__, s.__doc__)
q = property(lambda self: 1)
try:
    q.fget = None
except AttributeError as ex:
    print("AttributeError:", ex)
print(q.__get__(None, R) is q, q.__get__(R()))
class N:
    @property
    def named(self):
        pass
    other = named
try:
    N().other = 1
except AttributeError as ex:
    print("AttributeError:", ex)
print(C.x.__set_name__ is not None, hasattr(property, "__set_name__"))
