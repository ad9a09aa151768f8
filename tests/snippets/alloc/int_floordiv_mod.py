# % and // of ints: signs, zero, the long range's edges, big ints, bools and int subclasses.
import sys

vals = [0, 1, -1, 2, -2, 7, -7, 26, 255, 256, 257, -5, -6, 1009, -1009, 2**31, -2**31, 2**62, -2**62,
        2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64 + 3, -(2**70) + 11, True, False]


def run():
    out = []
    for a in vals:
        for b in vals:
            try:
                m = a % b
            except ZeroDivisionError as e:
                m = str(e)
            try:
                q = a // b
            except ZeroDivisionError as e:
                q = str(e)
            out.append((m, q))
    return out


res = run()
for _ in range(3):  # hot enough to be compiled
    assert run() == res
print(len(res), hash(tuple(map(str, res))) if False else "")
for r in res[:60]:
    print(r)
print(res[-30:])
print(sum(1 for m, q in res if isinstance(m, int) and m < 0))


class I(int):
    def __mod__(self, other):
        return "I.__mod__"

    def __floordiv__(self, other):
        return "I.__floordiv__"


class J(int):
    pass


def f(a, b):
    return a % b, a // b


for _ in range(2000):
    f(17, 5)
print(f(I(17), 5), f(17, J(5)), type(f(J(17), 5)[0]), f(J(-17), 5))
print(f(-17, 5), f(17, -5), f(-17, -5), f(0, 3), f(-2**63, 7), f(2**63 - 1, 10))
print(f(True, 2), f(-3, True), f(5.5, 2), f(-5, 2.0))
try:
    f(5, 0)
except ZeroDivisionError as e:
    print(e)
try:
    17 % 0
except ZeroDivisionError as e:
    print(e)
try:
    17 // 0
except ZeroDivisionError as e:
    print(e)
print("".join(chr(97 + i % 26) for i in range(-30, 30)))
print([i // 7 for i in range(-15, 15)])
print(sys.maxsize % 1000, (-sys.maxsize - 1) // 3, (-sys.maxsize - 1) % 3)
