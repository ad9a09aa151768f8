class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        print("__add__", other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("__radd__", other)
        if other == 0:
            return self
        return self.__add__(other)
    def __sub__(self, other):
        return Money(self.cents - other.cents) if isinstance(other, Money) else NotImplemented
    def __rsub__(self, other):
        return Money(other - self.cents) if isinstance(other, int) else NotImplemented
    def __mul__(self, k):
        return Money(self.cents * k) if isinstance(k, int) else NotImplemented
    __rmul__ = __mul__

a, b = Money(5), Money(7)
print(a + b)
print(a + 1)
print(1 + a)
print(sum([a, b, Money(1)]))
print(10 - a, b - a, 3 * a, a * 3)
for expr in ["a + 'x'", "'x' + a", "a - 1", "a * 1.5", "a / 2", "2 ** a", "a @ a", "a % 3", "-a"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
