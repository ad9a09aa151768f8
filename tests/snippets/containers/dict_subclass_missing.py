# dict subclasses: __missing__, overridden methods, repr, views
class Counter0(dict):
    def __missing__(self, key):
        return 0
c = Counter0(a=1)
print(c["a"], c["zz"], "zz" in c, c.get("zz"), len(c))
class Auto(dict):
    def __missing__(self, key):
        self[key] = v = Auto()
        return v
a = Auto()
a["x"]["y"]["z"] = 1
print(a, type(a["x"]).__name__)
class Raise(dict):
    def __missing__(self, key):
        raise LookupError("no " + repr(key))
try:
    Raise()[5]
except LookupError as e:
    print(type(e).__name__, e)
class NotCallable(dict):
    __missing__ = None
try:
    NotCallable()[1]
except TypeError as e:
    print(e)
class D(dict):
    def __getitem__(self, k):
        return "override"
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2 if v is not None else v)
d = D(a=1)
print(d, d["a"], d.get("a"), dict.__getitem__(d, "a"))
d["b"] = 2
d.update(c=3)
d.setdefault("e", 5)
d.update(f=None) if False else None
print(sorted(d.items()))
print(repr(D()), D({1: 2}) == {1: 2}, type(D().copy()).__name__, type(D() | {}).__name__)
class R(dict):
    def __repr__(self): return "R!"
print([R()], {1: R()})
print(type(D.fromkeys("ab")).__name__, D.fromkeys("ab", 0))
class Slots(dict):
    __slots__ = ("x",)
s = Slots(q=1)
s.x = 5
print(s, s.x, hasattr(s, "__dict__"))
class WithInit(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = True
w = WithInit([(1, 2)], z=3)
print(w, w.extra, w.__dict__)
print(isinstance(w, dict), issubclass(WithInit, dict), dict.__missing__ if hasattr(dict, "__missing__") else "no __missing__ on dict")
