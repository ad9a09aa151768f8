# str() of ints and strs: exact ints (small, negative, the long range's edges, big), int subclasses with their own
# __str__/__repr__, bools, str subclasses, and the argument errors.
vals = [0, 1, -1, 9, 10, -10, 255, 256, 257, -5, -6, 50000, 2**31, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 10**30]
print([str(v) for v in vals])


class I(int):
    def __str__(self):
        return "I-str"


class J(int):
    def __repr__(self):
        return "J-repr"


class S(str):
    pass


class T(str):
    def __str__(self):
        return "T-str"


def f(x):
    return str(x)


for _ in range(3000):  # hot enough to be compiled
    f(7)
print(f(I(5)), f(J(5)), f(True), f(False), f(12345), f(-12345))
s = "abc"
print(f(s) is s, f(S("xy")), type(f(S("xy"))).__name__, f(T("q")), type(f(T("q"))).__name__)
print(f(3.5), f(None), f([1, "a"]), f(b"b"))
print("k" + str(123 % 50000) + "_" + str(123 % 7))
try:
    str(1, 2)
except TypeError as e:
    print(e)
try:
    str(x=5)
except TypeError as e:
    print(e)
print(str(), str(object=42), str(b"abc", "ascii"))
import sys
sys.set_int_max_str_digits(640)
try:
    str(10 ** 700)
except ValueError as e:
    print(e)
print(len(str(10 ** 600)))
