def f(*a):
    "fdoc"
    return a
f.__annotations__ = {"a": int}
cm = classmethod(f)
sm = staticmethod(f)
for d in (cm, sm):
    print(type(d).__name__, d.__func__ is f, d.__wrapped__ is f, d.__doc__, d.__name__, d.__qualname__, d.__module__, d.__annotations__)
    print(d.__isabstractmethod__)
class C:
    c = cm
    s = sm
print(C.c(1), C().c(2), C.s(3), C().s(4))
print(sm(5), callable(sm), callable(cm))
try:
    cm(1)
except TypeError as ex:
    print("TypeError:", ex)
print(repr(sm).startswith("<staticmethod(<function f at"), repr(cm).startswith("<classmethod(<function f at"))
import abc
a = staticmethod(abc.abstractmethod(lambda: 0))
print(a.__isabstractmethod__)
for bad in ((), (1, 2)):
    for k in (classmethod, staticmethod):
        try:
            k(*bad)
        except TypeError as ex:
            print("TypeError:", ex)
try:
    classmethod(f=f)
except TypeError as ex:
    print("TypeError:", ex)
c1 = classmethod(1)
print(c1.__func__)
class D:
    x = c1
try:
    D.x()
except TypeError as ex:
    print("TypeError:", ex)
sm.extra = 1
print(sm.__dict__["extra"], sorted(k for k in sm.__dict__))
print(cm.__get__(None, int)(), cm.__get__(5)())
print(staticmethod(len).__get__(None, int)("ab"))
class Chain:
    @classmethod
    @property
    def cp(cls):
        return cls.__name__
print(Chain.cp)
