# list.sort / sorted of exact ints, floats and strs (the primitive fast path) against edge cases:
# stability of equal keys (identity kept), -0.0 vs 0.0, NaN, infinities, big ints, mixed types,
# subclasses with their own __lt__, key functions, reverse, already sorted / strictly descending input.

class Box:
    def __init__(self, v): self.v = v
    def __repr__(self): return "Box(%r)" % self.v

# Equal int keys keep their order: check by identity through a key function.
boxes = [Box(i % 5) for i in range(40)]
s = sorted(boxes, key=lambda b: b.v)
print([b.v for b in s] == sorted(b.v for b in boxes), [boxes.index(b) for b in s][:12])
s = sorted(boxes, key=lambda b: b.v, reverse=True)
print([boxes.index(b) for b in s][:12])

# Distinct int objects with equal values: identity order must be the stable one.
big = [10**6 + (i % 3) for i in range(30)]
ids = [x for x in big]
out = sorted(big)
print([next(j for j, y in enumerate(ids) if y is x) for x in out][:15])

# Floats: -0.0 and 0.0 are equal (stable), infinities, subnormals, negatives.
fl = [0.0, -0.0, 1.5, -1.5, float("inf"), -float("inf"), 5e-324, -5e-324, 2.0, -2.0, 0.0, -0.0, 1e308, -1e308,
      3.25, -3.25, 0.5]
print(sorted(fl))
print(sorted(fl, reverse=True))
print([repr(x) for x in sorted([-0.0, 0.0] * 10)])
# NaN makes "<" no order: the result must be timsort's.
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0, nan, 0.5, 9.0, 8.0, 7.0, nan, 6.0, 5.0, 4.0, 3.5, 2.5, 1.5, 0.25, 11.0]))

# Ints: negatives, word-size extremes, big ints mixed in, bools mixed in, floats mixed in.
ints = [(i * 7919) % 101 - 50 for i in range(60)]
print(sorted(ints)[:10], sorted(ints, reverse=True)[:10])
print(sorted([2**63 - 1, -2**63, 0, 5, -5, 2**62, -2**62, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11]))
print(sorted([2**70, 5, -2**70, 3, 1, 2, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]))
print(sorted([True, 2, False, 1, 0, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, True]))
print(sorted([1, 2.5, 0, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0.5]))

# Already sorted, strictly descending, descending with equal values (not strictly).
asc = list(range(40))
print(sorted(asc) == asc, sorted(asc[::-1]) == asc)
d = [5, 5, 4, 4, 3, 3, 2, 2, 1, 1, 0, 0, -1, -1, -2, -2, -3]
print(sorted(d))
e = [Box(v) for v in d]
print([e.index(b) for b in sorted(e, key=lambda b: b.v)])

# Strs: ordinal order, case, empty strings, non-ASCII, astral characters (surrogate pairs), equal strings.
words = ["b", "a", "", "B", "ä", "z", "aa", "a", "\uffff", "\U0001F600", "\ud7ff", "\ue000", "ab", "Z", "é", "e", "",
         "zz", "\U00010000"]
print([ascii(w) for w in sorted(words)])
print([ascii(w) for w in sorted(words, reverse=True)])
print([ascii(w) for w in sorted(w for w in words if len(w) < 2 or w.isascii())])

# Subclasses: their __lt__ is called, not skipped.
class MyInt(int):
    calls = 0
    def __lt__(self, other):
        MyInt.calls += 1
        return int(self) > int(other)  # reversed order

mi = [MyInt(i) for i in range(20)]
print(sorted(mi)[:5], MyInt.calls > 0)
class MyStr(str):
    def __lt__(self, other): return len(self) < len(other)
ms = [MyStr("x" * (i % 4) + "y" * (i % 3)) for i in range(20)]
print(sorted(ms)[:6])
print(sorted([1, 2, 3, MyInt(4)] + list(range(5, 20)))[:6])

# Mutation during a key sort of ints is still detected (the key function runs Python code).
lst = list(range(30))
def key(v):
    if v == 10: lst.append(99)
    return -v
try:
    lst.sort(key=key)
except ValueError as ex:
    print("ValueError", ex)
# A key function that raises leaves the list a permutation.
lst = list(range(30, 0, -1))
def bad(v):
    if v == 3: raise RuntimeError("boom")
    return v
try:
    lst.sort(key=bad)
except RuntimeError as ex:
    print("RuntimeError", ex, sorted(lst) == list(range(1, 31)))
