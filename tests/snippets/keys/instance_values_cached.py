# Attribute sites that run hot (cached, and compiled after warm-up) over instances that keep bare values,
# instances that got a dict, and instances whose attributes came in another order.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


def read_all(objs):
    s = 0
    for o in objs:
        s += o.x * 10 + o.y
    return s


def bump_all(objs):
    for o in objs:
        o.x += 1
        o.y = o.y * 2


def call_all(objs):
    return [o.total() for o in objs]


objs = [P(i, i + 1) for i in range(50)]
for _ in range(200):
    read_all(objs)
    bump_all(objs)
print(read_all(objs), call_all(objs)[:3])

# Mixed: one instance with a dict (via __dict__), one reordered, one with a deleted attribute.
a = P(1, 2); a.__dict__["z"] = 3
b = P.__new__(P); b.y = 5; b.x = 4
c = P(7, 8); del c.y; c.y = 9
mixed = [a, b, c] + objs[:3]
for _ in range(300):
    read_all(mixed)
print(read_all(mixed), [list(vars(o)) for o in (a, b, c)])

# A method shadowed by an instance attribute after the call site has been hot.
def call_total(o):
    return o.total()

p = P(1, 1)
for _ in range(500):
    call_total(p)
p.total = lambda: "shadowed"
print(call_total(p), call_total(P(2, 2)))
q = P(3, 3)
q.total = lambda: "shadowed too"
r = P(4, 4)
for _ in range(500):
    call_total(r)
r.total = lambda: "shadowed again"
print(call_total(q), call_total(r), call_total(P(5, 5)))

# Class attribute read through instances, then shadowed.
class K:
    limit = 10
    def __init__(self):
        self.v = 1

def limit_of(k):
    return k.limit

k = K()
for _ in range(500):
    limit_of(k)
k.limit = 99
print(limit_of(k), limit_of(K()))

# Many attributes: past what a class keeps as shared names.
class Wide:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "f%d" % i, i)

w = Wide(45)
print(len(vars(w)), w.f0, w.f44, list(vars(w))[-3:])
w2 = Wide(45)
print(sum(getattr(w2, "f%d" % i) for i in range(45)))

# __class__ assignment between classes that laid out their names differently.
class A:
    def __init__(self):
        self.one = 1
        self.two = 2
class B:
    def __init__(self):
        self.two = 20
        self.one = 10
x = A()
x.__class__ = B
print(x.one, x.two, vars(x))
y = B()
y.__class__ = A
print(y.one, y.two, vars(y))

# __getattr__ fallback and __setattr__ through object.__setattr__.
class G:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return "missing " + name
class S:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
g = G(); s = S(); s.v = 21
print(g.real, g.other, s.v, vars(s))
print(object.__getattribute__(g, "real"), hasattr(g, "zzz"), getattr(P(1, 2), "nope", "default"))

# __dict__ identity, clear and update.
d = P(1, 2)
dd = d.__dict__
print(dd is d.__dict__, dd)
dd.clear(); print(hasattr(d, "x"), vars(d))
dd.update(x=5, y=6); print(d.total())
e = P(3, 4); e.__dict__ = {"y": 1, "x": 2}; print(e.total(), list(vars(e)))

import weakref
class Fin:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)
f = Fin("f"); ref = weakref.ref(f)
print(ref().tag, dir(f)[-1])
del f
