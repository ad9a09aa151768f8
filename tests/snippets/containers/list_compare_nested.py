# comparisons of nested containers; identity shortcut for elements
nan = float("nan")
print([nan] == [nan], (nan,) == (nan,), [nan] == [float("nan")])
print({1: nan} == {1: nan}, {nan} == {nan})
a = [1, [2, [3, nan]]]
print(a == a, a == [1, [2, [3, nan]]], a != a)
print([1, 2] < [1, 2, 3], [1, 3] > [1, 2, 9], [] < [0], [[1]] < [[1, 0]])
print((1, 2) <= (1, 2), (2,) >= (1, 9), () == (), (1,) != (1.0,))
class E:
    def __init__(self): self.calls = 0
    def __eq__(self, o):
        self.calls += 1
        return False
e = E()
print([e] == [e], e.calls, [e].count(e), [e].index(e), e in [e], e.calls)
print([1, 2] == (1, 2), [1] != (1,))
try:
    [1] < (1,)
except TypeError as ex:
    print(ex)
try:
    [1, "a"] < [1, 2]
except TypeError as ex:
    print(ex)
print([1, "a"] == [1, 2])
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt", self.v, o.v); return self.v < o.v
    def __eq__(self, o): print("eq", self.v, o.v); return self.v == o.v
print([Cmp(1), Cmp(2)] < [Cmp(1), Cmp(3)])
print((Cmp(1),) <= (Cmp(1),))
x = []
x.append(x)
print(x == x)
try:
    y = []; y.append(y)
    print(x == y)
except RecursionError as ex:
    print("RecursionError")
