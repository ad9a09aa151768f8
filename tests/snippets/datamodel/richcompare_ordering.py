import functools

class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts

vs = [Version(1, 10), Version(1, 2), Version(0, 9)]
print(sorted(vs), max(vs), min(vs))
print(Version(1) > Version(0), Version(0) < Version(1), Version(1) == Version(1), Version(1) != Version(2))
try:
    Version(1) <= Version(2)
except TypeError as e:
    print("TypeError:", e)

@functools.total_ordering
class Total:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __lt__(self, other):
        return self.v < other.v
print(Total(1) <= Total(2), Total(3) >= Total(2), Total(1) > Total(2))

class Plain:
    pass
for op in ["<", "<=", ">", ">="]:
    try:
        eval(f"Plain() {op} Plain()")
    except TypeError as e:
        print("TypeError:", e)
try:
    Plain() < 1
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([Plain(), Plain()])
except TypeError as e:
    print("TypeError:", e)
print(Plain.__eq__ is object.__eq__, Plain().__eq__(1), Plain().__lt__(1))
