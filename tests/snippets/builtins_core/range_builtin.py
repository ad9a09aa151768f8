# range: arguments, slicing, membership, equality, errors
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1])
print(11 in r, 12 in r, r.index(14), r.count(5))
print(list(range(5, 0, -2)), list(range(0)), list(range(3, 3)))
print(range(0, 3) == range(0, 3, 1), range(0) == range(5, 5), range(1, 2) == range(1, 3, 5))
print(bool(range(0)), r.start, r.stop, r.step)
for args in [(1, 2, 0), (1.5,), ("3",), ()]:
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
print(range(10**20)[10**19], len(range(-5, 5)))
