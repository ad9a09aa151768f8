# method-call-heavy classes: many small methods, properties with setters, super() chains,
# classmethods/staticmethods, dunder operators (__add__, __eq__, __hash__, __len__, __getitem__).
# size: iterations of the main loop (default 400000, quick 30000)
import sys


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

    @classmethod
    def zero(cls):
        return cls(0, 0)


class Shape:
    count = 0

    def __init__(self, name, origin):
        self.name = name
        self._origin = origin
        Shape.count += 1

    @property
    def origin(self):
        return self._origin

    @origin.setter
    def origin(self, value):
        self._origin = value

    def area(self):
        return 0

    def move(self, delta):
        self.origin = self.origin + delta
        return self

    def describe(self):
        return self.name


class Rect(Shape):
    def __init__(self, origin, w, h):
        super().__init__("rect", origin)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def describe(self):
        return super().describe() + str(self.w)


class Square(Rect):
    def __init__(self, origin, side):
        super().__init__(origin, side, side)

    @staticmethod
    def sides():
        return 4

    def describe(self):
        return "square/" + super().describe()


class Circle(Shape):
    def __init__(self, origin, r):
        super().__init__("circle", origin)
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Counter:
    def __init__(self):
        self._items = []

    def add(self, item):
        self._items.append(item)

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        return self._items[i]

    def total(self):
        t = 0
        for item in self._items:
            t += item
        return t


def make_shape(i):
    origin = Vec(i % 7, i % 11)
    kind = i % 3
    if kind == 0:
        return Rect(origin, i % 5 + 1, i % 3 + 1)
    if kind == 1:
        return Square(origin, i % 4 + 1)
    return Circle(origin, i % 6)


def main(n):
    step = Vec(1, -1)
    acc = Vec.zero()
    areas = Counter()
    names = {}
    seen = set()
    for i in range(n):
        s = make_shape(i).move(step)
        areas.add(s.area())
        acc = acc + s.origin * 2 - step
        d = s.describe()
        names[d] = names.get(d, 0) + 1
        if acc.dot(step) > 1000000:
            acc = Vec.zero()
        seen.add(s.origin)
        if isinstance(s, Square):
            acc = acc + Vec(Square.sides(), 0)
    print(len(areas), areas.total(), areas[len(areas) // 2])
    print(acc.x, acc.y, acc.norm1, len(seen), Shape.count)
    print(sorted(names.items()))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 400000)
