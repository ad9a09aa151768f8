# Float expression trees computed without intermediate floats in compiled code: the results, and every case that
# must take the general path (ints, bools, float and int subclasses, other types with operator methods, unbound
# locals, division by zero, NaN, infinities, -0.0, big ints), each repeated so the loops are compiled.
import math


class F(float):
    def __add__(self, other):
        return "F.add"

    def __mul__(self, other):
        return "F.mul"


class I(int):
    def __mul__(self, other):
        return "I.mul"


class Num:
    def __init__(self, v):
        self.v = v

    def __mul__(self, other):
        return Num(self.v * (other.v if isinstance(other, Num) else other))

    def __rmul__(self, other):
        return Num(other * self.v)

    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))

    __radd__ = __add__

    def __repr__(self):
        return "Num(%r)" % (self.v,)


def norm2(dx, dy, dz):
    return dx * dx + dy * dy + dz * dz


def mixed(a, b):
    return (a - b) / (a + b) * 2 + 1.5 - a / 4


def stack_inputs(v, i, a, b):
    v[i] -= a * b + 0.5
    v[i] += a / b - 1
    return v[i]


def chain(x):
    return x + 1 - 2 * x / 3 + x * x * x - 7


def run(f, *args):
    results = set()
    for _ in range(3000):
        try:
            r = f(*args)
        except Exception as e:
            r = "%s: %s" % (type(e).__name__, e)
        results.add(repr(r))
    return sorted(results)


print(run(norm2, 1.5, -2.25, 3.0))
print(run(norm2, 1, 2, 3))
print(run(norm2, 1.5, 2, 3.0))
print(run(norm2, True, 2.0, 0.5))
print(run(norm2, 2 ** 70, 1.0, 1.0))
print(run(norm2, 10.0 ** 200, 1.0, 1.0))
print(run(norm2, float("nan"), 1.0, 1.0))
print(run(norm2, float("inf"), -0.0, 1.0))
print(run(norm2, F(1.5), 2.0, 3.0))
print(run(norm2, 1.5, F(2.0), 3.0))
print(run(norm2, I(3), 2.0, 3.0))
print(run(norm2, Num(2), 1.0, 1.0))
print(run(norm2, 1.0, "x", 1.0))
print(run(norm2, 1.0, [1], 1.0))
print(run(mixed, 3.0, 1.0))
print(run(mixed, 3.0, -3.0))
print(run(mixed, -0.0, 0.0))
print(run(mixed, 3, 1))
print(run(mixed, 3.5, 1))
print(run(mixed, 1e308, 1e308))
print(run(mixed, float("inf"), float("inf")))
print(run(chain, 0.1))
print(run(chain, -0.0))
print(run(chain, 7))
print(run(chain, 2 ** 60))
print(run(chain, 1e103))


def stack_case(v, a, b):
    return stack_inputs(list(v), 1, a, b)


print(run(stack_case, [0.0, 1.0], 2.0, 4.0))
print(run(stack_case, [0, 1], 2.0, 4.0))
print(run(stack_case, [0.0, 1.0], 2.0, 0.0))
print(run(stack_case, [0.0, 1.0], 2, 4))
print(run(stack_case, [0.0, Num(1.0)], 2.0, 4.0))


def division_by_zero(a, b):
    return a * 2.0 / (b - b)


print(run(division_by_zero, 1.0, 3.0))
print(run(division_by_zero, 1.0, float("inf")))


def unbound(flag):
    if flag:
        y = 2.0
    return 1.5 * 2.0 + y * y


print(run(unbound, True))
print(run(unbound, False))


def negative_zero(a, b):
    return a * b - 0.0 + a * 0.0


print(run(negative_zero, -1.0, 0.0))
print(run(negative_zero, -0.0, -0.0))
print([math.copysign(1.0, x) for x in (negative_zero(-1.0, 0.0), negative_zero(-0.0, 0.0), negative_zero(1.0, -0.0))])


def big_int_constant(x):
    return x * 9007199254740993 + x * 2.0


print(run(big_int_constant, 1.0))
print(run(big_int_constant, 3))


def inplace(a, b):
    t = a
    t += b * b - a
    t *= 0.5 + b
    t /= a - 1.0
    return t


print(run(inplace, 3.0, 1.5))
print(run(inplace, 1.0, 1.5))
print(run(inplace, 3, 2))


def walrus_and_conditional(a, b, c):
    return a * (b if c else a) + b * b


print(run(walrus_and_conditional, 2.0, 3.0, True))
print(run(walrus_and_conditional, 2.0, 3.0, False))


def long_sum(a):
    return (a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a
            + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a
            + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a)


print(run(long_sum, 0.1))
print(run(long_sum, 1))
