class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f"{self.name}.__eq__({getattr(other, 'name', other)})")
        return NotImplemented
    def __lt__(self, other):
        print(f"{self.name}.__lt__({getattr(other, 'name', other)})")
        return NotImplemented
    def __gt__(self, other):
        print(f"{self.name}.__gt__({getattr(other, 'name', other)})")
        return NotImplemented

a, b = Loud("a"), Loud("b")
print(a == b)
print(a != b)
print(a == a)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
print(a == 1, 1 == a)

class Sub(Loud):
    def __eq__(self, other):
        print(f"Sub {self.name}.__eq__")
        return True
s = Sub("s")
print(a == s)
print(s != a)

class NeOnly:
    def __ne__(self, other):
        return "custom ne"
print(NeOnly() != 1, NeOnly() == 1)

class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v
print(EqOnly(1) != EqOnly(1), EqOnly(1) != EqOnly(2))
print([EqOnly(1)] == [EqOnly(1)], EqOnly(3) in [EqOnly(3)])

class Weird:
    def __eq__(self, other):
        return "truthy string"
print(Weird() == 1, Weird() != 1, [Weird()] == [Weird()])
