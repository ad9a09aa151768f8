for ch in "abc":
    print(ch, end=" ")
print()
for x in (1, 2.5, None):
    print(repr(x), end=" ")
print()
for k in {"b": 1, "a": 2}:
    print(k, end=" ")
print()
for k, v in {"x": 1, "y": 2}.items():
    print(k, v, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i, ch in enumerate("xyz", start=1):
    print(i, ch, end=" ")
print()
for a, b in zip([1, 2, 3], "ab"):
    print(a, b, end=" ")
print()
for n in sorted({3, 1, 2}):
    print(n, end=" ")
print()
for i in reversed([1, 2, 3]):
    print(i, end=" ")
print()
for i in range(3):
    pass
print("loop variable after loop:", i)
for _ in range(0):
    pass
print([x for x in range(3)], len(range(0, 10, 3)), list(range(5, 0)), list(range(-3, 3, 2)))
try:
    for x in 42:
        pass
except TypeError as e:
    print("TypeError:", e)
