class Meters(int):
    def __new__(cls, value, unit="m"):
        obj = super().__new__(cls, value)
        obj.unit = unit
        return obj
    def __repr__(self):
        return f"{int(self)}{self.unit}"
    def __add__(self, other):
        return Meters(int(self) + int(other))

m = Meters(5)
print(m, repr(m), m + 3, type(m + 3).__name__, m * 2, type(m * 2).__name__)
print(m == 5, hash(m) == hash(5), isinstance(m, int), m.unit, int(m), type(int(m)).__name__)
print(sorted([Meters(3), 1, Meters(2)]), -m, type(-m).__name__)

class Flag(int):
    pass
f = Flag(1)
print(f, f + True, type(f).__name__, bool(Flag(0)), f.bit_length(), f.real, type(f.real).__name__)

class Shout(str):
    def shout(self):
        return self.upper() + "!"
    def __len__(self):
        return 99

s = Shout("hey")
print(s, repr(s), s.shout(), len(s), s + "x", type(s + "x").__name__, s[0], type(s[0]).__name__)
print(s == "hey", "hey" == s, {"hey": 1}[s], s.title(), type(s.title()).__name__, str(s), type(str(s)).__name__)
print(f"{s}", "%s" % s, s * 2, "e" in s, list(s))

class Fancy(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip())
    def __str__(self):
        return "Fancy<" + self + ">"
x = Fancy("  pad  ")
print(x, repr(x), str(x), len(x), "[" + x + "]")

class F(float):
    def __repr__(self):
        return "F!"
print(F(1.5), F(1.5) + 1, [F(2)])

class T(tuple):
    def first(self):
        return self[0]
t = T((1, 2))
print(t, t.first(), t + (3,), type(t + (3,)).__name__, T("ab"))
