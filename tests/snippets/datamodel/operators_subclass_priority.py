class Base:
    def __init__(self, tag):
        self.tag = tag
    def __add__(self, other):
        return f"Base.__add__({self.tag}, {other.tag})"
    def __radd__(self, other):
        return f"Base.__radd__({self.tag}, {other.tag})"
    def __lt__(self, other):
        return f"Base.__lt__({self.tag}, {other.tag})"
    def __gt__(self, other):
        return f"Base.__gt__({self.tag}, {other.tag})"

class Derived(Base):
    def __radd__(self, other):
        return f"Derived.__radd__({self.tag}, {other.tag})"
    def __gt__(self, other):
        return f"Derived.__gt__({self.tag}, {other.tag})"

class Inherits(Base):
    pass

b, d, i = Base("b"), Derived("d"), Inherits("i")
print(b + d)
print(d + b)
print(b + i)
print(b < d)
print(d < b)
print(b < i)

class Declines(Base):
    def __radd__(self, other):
        return NotImplemented
print(b + Declines("x"))

class IntLike(int):
    def __radd__(self, other):
        return "IntLike.__radd__"
    def __rsub__(self, other):
        return NotImplemented
print(1 + IntLike(2), IntLike(2) + 1, 5 - IntLike(2))

class FloatLike(float):
    def __rmul__(self, other):
        return "FloatLike.__rmul__"
print(2 * FloatLike(1.5), 2.0 * FloatLike(1.5))
