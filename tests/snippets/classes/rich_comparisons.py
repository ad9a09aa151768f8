class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        print("__eq__", self, other)
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        print("__lt__", self, other)
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    __hash__ = None

a, b = Version(1, 2), Version(1, 10)
print(a < b)
print(a > b)
print(a == Version(1, 2), a != b)
print(a == "1.2")
print(sorted([Version(2), Version(1, 5), Version(1)]))
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
print(max([Version(3), Version(10)]))

class Other:
    def __repr__(self):
        return "Other()"
    def __eq__(self, other):
        print("Other.__eq__")
        return "other says equal"
print(Version(1) == Other())
print(Other() == Version(1))
print(Version(1) != Other())
