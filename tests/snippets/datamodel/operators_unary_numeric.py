class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x})"
    def __neg__(self):
        return V(-self.x)
    def __pos__(self):
        return V(+self.x)
    def __abs__(self):
        return abs(self.x)
    def __invert__(self):
        return V(~self.x)
    def __int__(self):
        return int(self.x)
    def __float__(self):
        return float(self.x)
    def __complex__(self):
        return complex(self.x)
    def __round__(self, n=None):
        return ("round", n)
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other):
        return ("rpow", other)
    def __matmul__(self, other):
        return ("matmul", other)
    def __rmatmul__(self, other):
        return ("rmatmul", other)
    def __floordiv__(self, other):
        return ("floordiv", other)
    def __truediv__(self, other):
        return ("truediv", other)
    def __lshift__(self, other):
        return ("lshift", other)
    def __rrshift__(self, other):
        return ("rrshift", other)
    def __and__(self, other):
        return ("and", other)
    def __ror__(self, other):
        return ("ror", other)
    def __xor__(self, other):
        return ("xor", other)

v = V(3)
print(-v, +v, abs(v), ~v, int(v), float(v))
print(round(v), round(v, 2))
print(divmod(v, 2), divmod(2, v))
print(v ** 2, 2 ** v, pow(v, 2, 5))
print(v @ 1, 1 @ v, v // 2, v / 2, v << 1, 1 >> v, v & 1, 1 | v, v ^ 1)
class Bad:
    def __int__(self):
        return "nope"
    def __float__(self):
        return 1
for f in (int, float):
    try:
        f(Bad())
    except TypeError as e:
        print("TypeError:", e)
for expr in ["-object()", "+[]", "~1.5", "abs('s')"]:
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)
