# The VM caches attribute look-ups per instruction; every way the answer can change must be seen.
class Base:
    kind = "base"
    def hello(self):
        return "Base.hello"

class A(Base):
    pass

class B(Base):
    def hello(self):
        return "B.hello"

def call(o):
    return o.hello()

def get(o):
    return o.kind

objs = [A(), B(), A(), Base()]
for round_ in range(3):
    print([call(o) for o in objs], [get(o) for o in objs])
    if round_ == 0:
        Base.hello = lambda self: "patched Base"
        A.kind = "a"
    elif round_ == 1:
        objs[0].hello = lambda: "instance attr"
        objs[2].__class__ = B
        del A.kind

class P:
    def __init__(self, v):
        self.v = v
    @property
    def double(self):
        return self.v * 2

ps = [P(i) for i in range(4)]
print([p.double for p in ps])
P.double = property(lambda self: -self.v)
print([p.double for p in ps])
del P.double
ps[1].double = "plain"
print([getattr(p, "double", "missing") for p in ps])

class S:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1

s = S()
for i in range(3):
    s.y = i
    print(s.x, s.y)
del s.y
try:
    s.y
except AttributeError as e:
    print("AttributeError:", e)

class D:
    pass

d1, d2 = D(), D()
d1.a = 1; d1.b = 2
d2.b = 3; d2.a = 4
for o in (d1, d2, d1, d2):
    print(o.a, o.b)
del d1.a
d1.a = 10
print(d1.a, d1.b, list(vars(d1)))

def set_many(o, n):
    for i in range(n):
        o.counter = i
    return o.counter
print(set_many(d1, 5), set_many(d2, 3))
D.counter = property(lambda self: "read-only")
try:
    set_many(d1, 2)
except AttributeError as e:
    print("AttributeError:", e)
