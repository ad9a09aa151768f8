# Tuple comparison: leading strs and machine ints are compared without dispatch; anything else (floats,
# big ints, subclasses with __eq__/__lt__, nested containers, mixed types) goes the general way, in order.
pairs = [((1, "a"), (1, "b")), ((1, "b"), (1, "a")), ((1, 2), (1, 2)), ((1, 2), (1, 2, 3)), ((), ()),
         ((2, "x"), (10, "a")), ((-1,), (1,)), (("é",), ("z",)), (("😀",), ("\uffff",)), ((1, 2.5), (1, 3)),
         ((2 ** 70, 1), (2 ** 70, 0)), ((1, [1, 2]), (1, [1, 3])), ((1, (2, "a")), (1, (2, "b"))), (("a", 1), ("a",))]
for x, y in pairs:
    print(x < y, x <= y, x == y, x != y, x > y, x >= y)


class K(int):
    def __eq__(self, o):
        print("K.__eq__", int(self), o)
        return int(self) == o

    def __lt__(self, o):
        print("K.__lt__", int(self), o)
        return int(self) < o
    __hash__ = int.__hash__


print((1, K(2), 3) < (1, 2, 4), (1, K(5)) < (1, 6), (1, 2) == (1, K(2)))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(e)
print((1, "a") == (1, 2), (1, "a") != (1, 2), (True, 1) == (1, 1), (1.0, 2) == (1, 2))
nan = float("nan")
t = (nan, 1)
print(t == t, (nan, 1) == (nan, 1), [nan] == [nan], (t,) == (t,))
words = {"ka": 3, "ri": 3, "to": 5, "mel": 1}
print(sorted(words.items(), key=lambda kv: (-kv[1], kv[0])))
r = []
r.append(r)
try:
    (r,) == ([r],)
except RecursionError as e:
    print("RecursionError")
