class Base:
    __slots__ = ("a",)

class Child(Base):
    __slots__ = ("b",)

class Open(Base):
    pass

c = Child()
c.a, c.b = 1, 2
print(c.a, c.b, hasattr(c, "__dict__"), Child.__slots__)
o = Open()
o.a = 1
o.extra = 2
print(o.a, o.__dict__, "__weakref__" in Open.__dict__, "__dict__" in Open.__dict__)

class Other:
    __slots__ = ("c",)
try:
    class Both(Base, Other):
        pass
except TypeError as e:
    print("TypeError:", e)

class NoSlots:
    pass
class Mixed(Base, NoSlots):
    pass
m = Mixed()
m.a = 1
m.z = 2
print(m.a, m.z, [k.__name__ for k in Mixed.__mro__])

class EmptyA:
    __slots__ = ()
class EmptyB:
    __slots__ = ()
class Fine(EmptyA, EmptyB):
    __slots__ = ("v",)
f = Fine()
f.v = 3
print(f.v, hasattr(f, "__dict__"))

class Again(Base):
    __slots__ = ("a",)
g = Again()
g.a = "again"
print(g.a, Again.a is not Base.a)

class WithDict(Base):
    __slots__ = ("__dict__",)
w = WithDict()
w.a = 1
w.q = 2
print(w.a, w.__dict__, "__weakref__" in dir(w))
try:
    class TwoDicts(WithDict):
        __slots__ = ("__dict__",)
except TypeError as e:
    print("TypeError:", e)
class Weak(Base):
    __slots__ = ("__weakref__",)
print(Weak().__weakref__, sorted(k for k in Weak.__dict__))
