# Big-int arithmetic at the edges of the result's length: carries that do or don't reach a new top word, borrows that
# empty the top words, mixed signs, machine-int operands, results that shrink back to machine ints; floor division and
# modulo of one sign (a quotient without its remainder) and of mixed signs; bitwise operators; int subclasses.
import random

rng = random.Random(1234)
B = 2 ** 32
edges = [0, 1, 2, B - 1, B - 2, B // 2, B // 2 - 1, 7]


def big(words, top):
    v = top
    for _ in range(words - 1):
        v = v * B + rng.choice(edges + [rng.randrange(B)])
    return v


values = [0, 1, -1, 2, 10, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 63 - 1, -2 ** 63, 2 ** 64 - 1, 2 ** 64, 2 ** 96 - 1,
          2 ** 96, -(2 ** 96) + 1, 2 ** 128 - 1, 2 ** 95, 3 * 2 ** 64]
for words in (3, 4, 5, 9):
    for top in (1, 2, 3, B // 2, B - 1, B - 2):
        v = big(words, top)
        values += [v, -v, v + 1, v - 1]
smalls = [1, 2, 3, 7, 10, 255, 65535, B // 2, B - 1, B - 2, B, B + 1, 2 ** 40, -1, -10, -(B - 1), 0]

h = 0
count = 0
for a in values:
    for b in values:
        for r in (a + b, a - b, b - a):
            h = (h * 1000003 + r) % (2 ** 127 - 1)
            count += 1
    for k in smalls:
        for r in (a * k, k * a, a * -k):
            h = (h * 1000003 + r) % (2 ** 127 - 1)
            count += 1
print(count, h)

# Exact checks that do not go through the same operators.
x = 2 ** 96 - 1
print(x + 1 == 1 << 96, (x + 1).bit_length(), x - (2 ** 96 - 2), type(x - (x - 5)).__name__, x - (x - 5))
y = (1 << 128) + 1
print(y - (1 << 128), y - 2, (y - 2).bit_length(), -y + (1 << 128), (-y) - (-y))
print((B - 1) * (2 ** 64 + 2 ** 32 + 1), (2 ** 95 + 1) * (B - 1), (2 ** 95) * 2, ((2 ** 95) * 2).bit_length())
print(2 ** 100 * 0, 0 * 2 ** 100, -(2 ** 100) * -1 == 2 ** 100, (2 ** 100) * -(B - 1) < 0)

# Floor division of one sign and of mixed signs.
for a in (10 ** 40 + 7, -(10 ** 40 + 7), 10 ** 40, -(10 ** 40)):
    for b in (3, -3, 10 ** 20 + 1, -(10 ** 20 + 1), 10 ** 40, -(10 ** 40), 10 ** 41):
        print(a // b, a % b, divmod(a, b) == (a // b, a % b))
for a, b in ((0, 10 ** 30), (0, -(10 ** 30)), (-(6 * 10 ** 30), -(3 * 10 ** 30)), (6 * 10 ** 30, 3 * 10 ** 30),
             (-(6 * 10 ** 30) - 1, -(3 * 10 ** 30)), (10 ** 30, True), (-(10 ** 30), 2 ** 64), (2 ** 64, 2 ** 64 + 1),
             (-(2 ** 64), -(2 ** 64) - 1), (2 ** 200, -1), (-(2 ** 200), -(2 ** 63))):
    print(a // b, a % b, type(a // b).__name__)


class I(int):
    def __add__(self, other):
        return "I.__add__"


class J(int):
    pass


big1 = 2 ** 100 + 12345
print(I(big1) + 1, 1 + I(big1) - big1, J(big1) + J(big1), type(J(big1) + J(big1)).__name__, J(big1) * 3, J(2) * big1)
print(type(J(big1) - 1).__name__, J(-big1) - J(big1), J(big1) // 7, type(J(big1) // J(7)).__name__)


class F(int):
    def __floordiv__(self, other):
        return "F.__floordiv__"

    def __rfloordiv__(self, other):
        return "F.__rfloordiv__"


print(F(big1) // 3, big1 // F(3), J(-big1) // J(-7), -big1 // J(7))
try:
    big1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# Products of machine ints that overflow a machine word, and of small big ints.
mids = [2 ** 31, 2 ** 32 - 1, 2 ** 32 + 1, 2 ** 62, 2 ** 63 - 1, -2 ** 63, 6364136223846793005, -6364136223846793005,
        1442695040888963407, 3 * 2 ** 61, 2 ** 64 - 1, 2 ** 64 + 1, 2 ** 100 - 3, -(2 ** 127) - 1]
h = 0
for a in mids:
    for b in mids:
        r = a * b
        h = (h * 1000003 + r) % (2 ** 127 - 1)
print(h, (2 ** 63 - 1) * 2, (-2 ** 63) * 1, (-2 ** 63) * -1, 2 ** 32 * 2 ** 31, -(2 ** 32) * 2 ** 31)
print(type((2 ** 32) * (2 ** 31)).__name__, (2 ** 32) * (2 ** 31) - 2 ** 63, (2 ** 32) * -(2 ** 31) == -2 ** 63)

# Sums and differences of machine ints that overflow a machine word.
M63 = 2 ** 63 - 1
print(M63 + M63, -M63 - 1 + (-M63 - 1), -M63 - 1 - 1, M63 - (-M63 - 1), (-M63 - 1) - M63, M63 + 1, type(M63 + 1).__name__)
print(M63 + 1 - 1 == M63, type(M63 + 1 - 1).__name__, (M63 + M63) // 2 == M63, -(M63 + 1) == -M63 - 1)

# The linear congruential step of bench/programs/sorting.py.
x = 42
for _ in range(1000):
    x = (x * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
print(x, x >> 40, type(x).__name__)

# &, | and ^ of non-negative ints with a big operand (results that shrink to machine ints), and of negatives.
bits = [0, 1, 2 ** 63 - 1, 2 ** 63, 2 ** 64 - 1, 2 ** 64, 2 ** 96 + 2 ** 40, 2 ** 200 - 1, 3 ** 150, 2 ** 2100 + 5,
        -1, -(2 ** 64), -(3 ** 150)]
h = 0
for a in bits:
    for b in bits:
        for r in (a & b, a | b, a ^ b):
            h = (h * 1000003 + r) % (2 ** 127 - 1)
print(h, (2 ** 64 + 5) & 7, type((2 ** 64 + 5) & 7).__name__, (2 ** 64 + 2 ** 63) & (2 ** 63 + 1), (2 ** 70) ^ (2 ** 70))
print((2 ** 64 - 1) & 0xFFFFFFFFFFFFFFFF, (2 ** 65) | 1, (2 ** 65 + 3) ^ 2 ** 65, True & (2 ** 65 + 1), (2 ** 65 + 1) & True)
