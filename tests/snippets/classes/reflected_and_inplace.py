class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
    def __add__(self, other):
        print("Num.__add__", other)
        if isinstance(other, Num):
            return Num(self.v + other.v)
        if isinstance(other, int):
            return Num(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print("Num.__radd__", other)
        return Num(other + self.v)
    def __iadd__(self, other):
        print("Num.__iadd__", other)
        self.v += other.v if isinstance(other, Num) else other
        return self

class SubNum(Num):
    def __radd__(self, other):
        print("SubNum.__radd__ (tried first)")
        return "sub wins"

a = Num(1)
print(a + 2)
print(3 + a)
orig = a
a += 10
print(a, a is orig)
print(Num(1) + SubNum(2))
print(sum([Num(1), Num(2)], Num(0)))

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return OnlyAdd(self.v + other)
    def __repr__(self):
        return "OnlyAdd(%r)" % self.v
b = OnlyAdd(1)
keep = b
b += 5
print(b, b is keep)

class Refuses:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return NotImplemented
try:
    Refuses() + Refuses()
except TypeError as e:
    print("TypeError:", e)
x = Refuses()
x += 1
