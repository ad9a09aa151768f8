class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), hasattr(p, "__weakref__"))
print(Point.x, type(Point.x).__name__, Point.x.__name__, Point.x.__qualname__, Point.x.__objclass__ is Point)
print(Point.__slots__, sorted(k for k in Point.__dict__ if not k.startswith("__")))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
p.x = 10
print(p.x, Point.x.__get__(p, Point), Point.x.__get__(None, Point) is Point.x)
Point.y.__set__(p, 20)
print(p.y)
try:
    Point.x.__get__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    Point.y.__set__("s", 1)
except TypeError as e:
    print("TypeError:", e)

class Single:
    __slots__ = "only"
s = Single()
s.only = "yes"
print(s.only, Single.__slots__, repr(Single.only))

class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print("AttributeError:", e)
print(object().__sizeof__() == Empty().__sizeof__(), Point(1, 2).__sizeof__() - Empty().__sizeof__())
