# enumerate and zip
print(list(enumerate("abc")))
print(list(enumerate("abc", start=10)), list(enumerate([], 5)))
e = enumerate(["x"])
print(type(e).__name__, iter(e) is e, next(e))
print(list(zip([1, 2, 3], "ab")))
print(list(zip()), list(zip([1])))
print(list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    zip(1)
except TypeError as e:
    print("TypeError:", e)
try:
    enumerate(1.5)
except TypeError as e:
    print("TypeError:", e)
