# min() and max(): several arguments, key, default, ties keep the first
print(min(3, 1, 2), max(3, 1, 2), min("hello"), max([1, 3, 3.0]), max([3.0, 3]), min([3, 3.0]))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "cc"], key=len), max("abc", key=ord), min(1, 2, key=None))
print(min([], default="empty"), max((), default=None), max([5], default=0), min([(2, "b"), (1, "z"), (1, "a")]))
print(max(range(10), key=lambda x: x % 4), min(iter([4, 2, 8])))
