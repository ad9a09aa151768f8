class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]

p = Pair(1, 2)
print(p, p.first, len(p), p == (1, 2), type(p).__name__)

class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
print(Upper("abc"), Upper("abc") == "ABC")

class Counted(list):
    def __init__(self, items):
        super().__init__(items)
        self.extra = "attr on list subclass"
c = Counted([3, 1, 2])
c.sort()
print(c, c.extra)

class Celsius(float):
    def __add__(self, other):
        return Celsius(float(self) + other)
    def __repr__(self):
        return "%.1f°C" % self
print(Celsius(20.5) + 1, [Celsius(0.25)])

class NoAttrs(int):
    __slots__ = ()
try:
    NoAttrs(1).x = 2
except AttributeError as e:
    print("AttributeError:", e)
