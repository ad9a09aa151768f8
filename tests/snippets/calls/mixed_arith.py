# float with int arithmetic (either side), int floor division and modulo: hot loops and the edges (ints beyond
# 2**53, bools, subclasses with their own methods, division by zero with CPython's messages).
def a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)

s = 0.0
for i in range(60):
    for j in range(60):
        s += a(i, j) * (j - 30) + 2 * a(j, i) - 0.5 * j + j / 2.5
print(repr(s))

vals = [0, 1, -1, 7, -7, 2**31, -2**31, 2**53 - 1, 2**53, 2**53 + 1, -2**53 - 1, 2**62 + 12345, 2**63 - 1, -2**63,
        2**64 + 3, True, False]
floats = [0.0, -0.0, 1.5, -2.25, 1e300, 3.0e-310, float("inf"), float("nan")]
for _ in range(3):
    for x in vals:
        for y in floats:
            for op in ("+", "-", "*", "/"):
                for left, right in ((x, y), (y, x)):
                    try:
                        r = eval("left %s right" % op) if _ == 0 else (
                            left + right if op == "+" else left - right if op == "-" else left * right if op == "*"
                            else left / right)
                        print(op, repr(left), repr(right), repr(r))
                    except (ZeroDivisionError, OverflowError) as e:
                        print(op, repr(left), repr(right), type(e).__name__, e)
        if _ > 0:
            break

t = 1.0
for i in range(3000):
    t += i
    t -= i / 3
    t = t * 1 - i * 0.001
    t /= 1
print(repr(t))
for x, y in ((1.0, 0), (0, 0.0), (5, -0.0), (-3.0, False)):
    try:
        x / y
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        x /= y
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)

class F(float):
    def __add__(self, other):
        return "F.__add__"
    def __radd__(self, other):
        return "F.__radd__"

class I(int):
    def __mul__(self, other):
        return "I.__mul__"
    def __rtruediv__(self, other):
        return "I.__rtruediv__"

print(F(1.5) + 2, 2 + F(1.5), I(3) * 2.0, 2.0 * I(3), 1.0 / I(3), I(3) / 1.5)

q = 0
for i in range(-1500, 1500):
    for d in (1, -1, 3, -3, 7, -8):
        q += (i // d) * 3 + (i % d)
print(q)
for x in (0, 1, -1, 5, -5, 2**63 - 1, -2**63, 2**70):
    for d in (1, -1, 2, -2, 3, 2**63 - 1, -2**63):
        print(x, d, x // d, x % d, divmod(x, d))
for x, d in ((1, 0), (0, 0), (-2**63, 0)):
    for f in (lambda: x // d, lambda: x % d):
        try:
            f()
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
