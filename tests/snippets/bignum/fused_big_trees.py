# Expression trees of + - * // % over exact ints of any size (compiled code computes them on reused buffers).
import sys

def trees(a, b, c):
    return [
        a * b + c, a * b - c, (a + b) * c, (a - b) * c, a * (b + c), a * (b - c),
        (a * b) // c, (a * b) % c, (a + b) // (c + 1), (a - b) % (c - 1),
        10 * (a - b * c), (10 * (3 * a + b)) // c - 10 * b, (a * (7 * b + 2) + c * b) // (a * c),
        a * a - (a - 1) * (a + 1), -a // 12345 % 1000, (a + c) - (c + a), a - a + b,
        a * 0 + c, (a - a) * b, a // b // c, a % b % c, a * b * c, a + b + c, a - b - c,
    ]

def safe(f):
    try:
        return f()
    except ZeroDivisionError as e:
        return "ZeroDivisionError: %s" % e

values = [0, 1, -1, 2, -2, 7, -7, 2**31 - 1, 2**31, -2**31, 2**32, 2**32 - 1, -2**32 + 1, 2**63 - 1, 2**63, -2**63,
          -2**63 - 1, 2**64, 2**64 - 1, -2**64, 3**40, -(3**40), 10**30 + 7, -(10**30) - 7, 2**200 - 1, -(2**200),
          7**300, -(7**301) + 5, 3**2000 + 12345, -(3**2001)]
out = []
for _ in range(3):  # repeated so the loop is compiled
    out = []
    for a in values:
        for b in values[::3]:
            for c in values[1::4]:
                try:
                    out.append(trees(a, b, c))
                except ZeroDivisionError as e:
                    out.append("ZeroDivisionError: %s" % e)
print(len(out))
for row in out[:5]:
    print(row)
print(out[len(out) // 2])
print(out[-1])
print(sum(len(str(r)) for r in out))
digest = 0
for row in out:
    if isinstance(row, str):
        digest = (digest * 31 + len(row)) % 1000000007
        continue
    for v in row:
        digest = (digest * 31 + v) % 1000000007
print(digest)

# Leaves that aren't exact ints take the instructions' own code: subclasses with their dunders, bools, floats.
class Loud(int):
    def __add__(self, other):
        return "Loud.__add__"
    def __rmul__(self, other):
        return 7

def mixed(a, b, c):
    return a * b + c, (a + b) * c, c * a - b

big = 3**200
for _ in range(3):
    print(mixed(big, Loud(5), 2**70))
    print(mixed(Loud(5), big, 1))
    print(mixed(big, True, -big))
    print(mixed(big, 2, 0.5))
    try:
        print(mixed(big, None, 2))
    except TypeError as e:
        print("TypeError:", e)
def divs(a, b, c):
    return (a * b) // (c - c), 1
try:
    divs(big, big, big)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
def mods(a, b, c):
    return (a - b) % (c * 0)
try:
    mods(big, 1, big)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
def unbound(a):
    if a:
        b = 1
    return a * b + 2**80
try:
    unbound(0)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
