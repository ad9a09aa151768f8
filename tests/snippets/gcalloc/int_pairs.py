# Two BINARY_OPs in a row in hot (compiled) code, the first result feeding the second (`x * 7 + 3`, `(r * c) % 10`,
# `w - x * y`, `(x op y) op local`): exact machine-word ints are computed without the intermediate int. Everything
# else (overflow into big ints, floor division and modulo signs, zero divisors, -2**63 // -1, bools, int subclasses
# with overridden operators, floats, strs, unbound locals) must behave exactly as the two instructions do.
import zlib

OPS = ["+", "-", "*", "//", "%", "&", "|", "^"]
# Every operator first and second, after itself and after another (all 64 pairs would take long to compile).
PAIRS = [(a, a) for a in OPS] + list(zip(OPS, OPS[3:] + OPS[:3]))


def make(expr):
    # One function per expression shape, run hot so that it is compiled.
    ns = {}
    exec("def f(x, y, z):\n    return " + expr + "\n", ns)
    return ns["f"]


class I(int):
    def __add__(self, other):
        return "I.add(%d, %r)" % (int(self), other)

    def __radd__(self, other):
        return "I.radd(%d, %r)" % (int(self), other)

    def __mul__(self, other):
        return I(int(self) * 2)

    def __mod__(self, other):
        return "I.mod"


BIG = 2**63 - 1
MIN = -2**63
values = [0, 1, -1, 2, -3, 7, 10, 255, 256, 257, -5, -6, 1000003, 2**31, -2**31, 2**40, BIG, MIN, 2**64, -2**70,
          True, False, 3.5, -0.0]


def run(f, cases):
    out = []
    for x, y, z in cases:
        try:
            r = f(x, y, z)
            out.append(repr(r))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


cases = [(x, y, z) for x in values[::4] for y in values[1::5] for z in values]
cases += [(MIN, -1, 1), (MIN, 1, -1), (BIG, 1, 0), (BIG, 2, 1), (-7, 2, 3), (7, -2, -3), (-7, -2, 0), (MIN, -1, -1),
          (I(3), 4, 5), (3, I(4), 5), (3, 4, I(5)), ("ab", 2, "c"), (b"x", 3, b"y"), (2.5, 4, 1)]

shapes = ["(x %s y) %s z", "x %s (y %s z)", "(x %s y) %s 7", "(x %s y) %s -3", "(x %s y) %s 0", "z %s x %s y"]
total = 0
for shape in shapes:
    for a, b in PAIRS:
        expr = shape % (a, b)
        f = make(expr)
        first = None
        for _ in range(4):
            res = run(f, cases)
            if first is None:
                first = res
            elif res != first:
                print("unstable", expr)
        total += len(res)
        print(expr, zlib.crc32("|".join(res).encode()), res[:3], [r for r in res if "Error" in r][:2])
print(total)


# In-place forms and locals: a running sum of products, as in `acc += a * b - v`.
def acc_loop(n):
    acc = 0
    for i in range(n):
        a, b = i % 1000, i % 333
        acc += a * b - i
        acc -= i * 7 + 3
        acc ^= (i * i) % 1009
    return acc


print(acc_loop(20000), acc_loop(3))


# An unbound local as the third operand raises UnboundLocalError from its LOAD_FAST.
def unbound(n):
    out = []
    for i in range(n):
        try:
            out.append(i * 2 + later)
        except UnboundLocalError as e:
            out.append(str(e))
        if i == n - 2:
            later = 100
    return out[-3:]


print(unbound(3000))


# Zero divisors report the second operation's line and message; a traceback shows where.
def divide(xs, d):
    t = 0
    for x in xs:
        t += (x * 3) // d
    return t


print(divide(range(5000), 7))
try:
    divide(range(5000), 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, e.__traceback__.tb_next.tb_lineno)


def modz(xs, d):
    return [(x + 1) % d for x in xs]


try:
    for _ in range(300):
        modz(range(20), 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# Overflow of the intermediate result into a big int, and back.
print([(x * x) // (x + 1) for x in (2**32, 2**62, -2**62, 3037000500)] * 1)
print(sum((i * 4611686018427387904) % 1000000007 for i in range(2000)))
print(sum((-i * 3) // 2 + (i % -7) for i in range(5000)))
