def init(self, x):
    self.x = x

def describe(self):
    return f"{type(self).__name__}(x={self.x})"

Point = type("Point", (), {"__init__": init, "describe": describe, "dims": 2})
p = Point(5)
print(p.describe(), Point.dims, Point.__name__, Point.__bases__, type(Point))
Point3 = type("Point3", (Point,), {"dims": 3})
print(Point3(1).describe(), Point3.__mro__)
print(type(p) is Point, type(5), type("s") is str, type(type) is type)
for bad in [lambda: type("X", 5, {}), lambda: type("X", (), 5), lambda: type(1, (), {}), lambda: type("X", (1,), {}),
            lambda: type()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
