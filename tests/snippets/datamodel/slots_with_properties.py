class Vector:
    __slots__ = ("_x", "_y")

    def __init__(self, x, y):
        self._x = x
        self._y = y

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, value):
        if value < 0:
            raise ValueError("negative")
        self._x = value

    @property
    def length2(self):
        return self._x ** 2 + self._y ** 2

    def __repr__(self):
        return f"Vector({self._x}, {self._y})"

v = Vector(3, 4)
print(v, v.x, v.length2)
v.x = 6
print(v, v.length2)
try:
    v.x = -1
except ValueError as e:
    print("ValueError:", e)
try:
    v.length2 = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(k for k in Vector.__dict__ if not k.startswith("__")))

class Cached:
    __slots__ = ("_cache", "__dict__")
    def __init__(self):
        self._cache = {}
c = Cached()
c.anything = 1
print(c._cache, c.__dict__)

class Desc:
    def __get__(self, obj, owner):
        return "desc" if obj is not None else self
try:
    class Clash:
        __slots__ = ("d",)
        d = Desc()
except ValueError as e:
    print("ValueError:", e)
