# sorted(): key, reverse, stability, any iterable; errors
data = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted("hello"), sorted({3: 0, 1: 0}), sorted(range(5), reverse=1), sorted([3, 1, 2], key=None))
print(sorted([1.5, 1, True, 0]), sorted([]), sorted(iter([2, 1])))
for call in [lambda: sorted(), lambda: sorted([1], None), lambda: sorted([1], foo=2), lambda: sorted([1, "a"]),
             lambda: sorted([1], reverse="x")]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
