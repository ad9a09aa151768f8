def init(self, x):
    self.x = x

Point = type("Point", (), {"__init__": init, "dims": 2, "__doc__": "A point."})
p = Point(3)
print(p.x, Point.dims, Point.__name__, Point.__qualname__, Point.__doc__, Point.__module__, Point.__bases__)
Point3 = type("Point3", (Point,), {"dims": 3})
print(Point3(1).dims, Point3.__mro__ == (Point3, Point, object), type(Point3) is type)
print(type(p) is Point, type(5), type(type), type(None).__name__)
Q = type("Q", (), {"__qualname__": "Outer.Q"})
print(Q.__qualname__, "__qualname__" in Q.__dict__)
for args in [("X", 5, {}), ("X", (), 5), (1, (), {}), ("X", (1,), {}), (), ("a", "b"), ("X", (), {"__qualname__": 3}), ("X", (bool,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)

class Meta(type):
    pass
M = Meta("M", (), {})
print(type(M).__name__, M.__class__.__name__, isinstance(M, type))
N = type("N", (M,), {})
print(type(N).__name__)
print(type.__call__(int, "12"), type.__new__(type, "Z", (), {}).__name__)
try:
    type.__new__(int, "Z", (), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type.__init__(Point, 1, 2)
except TypeError as e:
    print("TypeError:", e)
class WithKw(type):
    def __new__(m, name, bases, ns, **kw):
        r = super().__new__(m, name, bases, ns)
        r.kw = kw
        return r
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
K = WithKw("K", (), {}, color="red")
print(K.kw)
