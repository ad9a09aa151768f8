# Proxies forward the number protocol and comparisons, unwrapping proxy operands.
from _weakref import proxy


class N:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return ('add', self.v, o)

    def __radd__(self, o):
        return ('radd', self.v, o)

    def __iadd__(self, o):
        return ('iadd', self.v, o)

    def __sub__(self, o):
        return ('sub', o)

    def __mul__(self, o):
        return ('mul', o)

    def __truediv__(self, o):
        return ('truediv', o)

    def __floordiv__(self, o):
        return ('floordiv', o)

    def __mod__(self, o):
        return ('mod', o)

    def __pow__(self, o, m=None):
        return ('pow', o, m)

    def __and__(self, o):
        return ('and', o)

    def __or__(self, o):
        return ('or', o)

    def __xor__(self, o):
        return ('xor', o)

    def __lshift__(self, o):
        return ('lshift', o)

    def __rshift__(self, o):
        return ('rshift', o)

    def __matmul__(self, o):
        return ('matmul', o)

    def __divmod__(self, o):
        return ('divmod', o)

    def __neg__(self):
        return 'neg'

    def __pos__(self):
        return 'pos'

    def __abs__(self):
        return 'abs'

    def __invert__(self):
        return 'invert'

    def __int__(self):
        return 7

    def __float__(self):
        return 2.5

    def __index__(self):
        return 3

    def __eq__(self, o):
        return ('eq', type(o).__name__)

    def __lt__(self, o):
        return ('lt', type(o).__name__)

    __hash__ = object.__hash__


n = N(1)
p = proxy(n)
print(p + 1, 1 + p, p - 1, p * 2, p / 2, p // 2, p % 2, p ** 2, p & 1, p | 1, p ^ 1, p << 1, p >> 1, p @ 1)
print(divmod(p, 2), -p, +p, abs(p), ~p, int(p), float(p), [10, 20, 30, 40][p], bin(p))
print(p == 1, p == p, p == n, p < n, n == p)
q = p
q += 5
print(q)
x = 10
x += p
print(x)
n2 = N(2)
r = p + proxy(n2)
print(r[:2], r[2] is n2)
