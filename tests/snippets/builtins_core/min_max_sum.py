# min, max and sum: iterables, several arguments, key, default, start
print(min(3, 1, 2), max([3, 1, 2]), min("hello"), max("a", "b", key=ord))
print(max(["aa", "b", "ccc"], key=len), min([], default="empty"), max((), default=None))
print(min([(2, "b"), (1, "z"), (1, "a")]), max([1, 3, 3.0], key=lambda v: v))
print(max([3, 3.0]), max([3.0, 3]))
print(sum([1, 2, 3]), sum([0.5, 0.25]), sum([[1], [2]], []), sum(range(101), 1000))
print(sum([1, 2], start=10), sum(x * x for x in range(4)))
for call in [lambda: min([]), lambda: max(), lambda: max(1), lambda: sum(["a", "b"], ""),
             lambda: sum([1, "x"]), lambda: min(1, 2, default=0)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
