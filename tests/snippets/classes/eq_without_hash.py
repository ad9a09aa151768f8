class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

print(Point.__hash__)
print(Point(1, 2) == Point(1, 2), Point(1, 2) in [Point(1, 2)])

class Hashable(Point):
    def __hash__(self):
        return hash((self.x, self.y))
print(len({Hashable(1, 2), Hashable(1, 2), Hashable(2, 1)}))

class KeepsHash(Point):
    __hash__ = object.__hash__
print(type(hash(KeepsHash(0, 0))).__name__)

class Plain:
    pass
print(Plain() == Plain(), len({Plain(), Plain()}))
points = {Point(1, 2): "origin-ish"}
