# slice attributes may hold any objects; only indexing needs integers
s = slice(1.5, "a", [1])
print(s.start, s.stop, s.step, s, type(s).__name__)
t = slice(None)
print(t.start, t.stop, t.step)
try:
    [1, 2, 3][s]
except TypeError as e:
    print(e)
class Idx:
    def __index__(self): return 1
print([0, 1, 2, 3][slice(Idx(), None, Idx())], "abcd"[Idx():], (0, 1, 2)[:Idx()], range(5)[Idx()::2])
print(slice(Idx(), Idx()).indices(5), slice(True, None, True).indices(3))
try:
    del s.start
except AttributeError as e:
    print(e)
print(slice(1, 2, 3) == slice(1, 2, 3), slice(1, 2, 3) != slice(1, 2, 4), slice(0) <= slice(0, 1))
x = [1, 2, 3]
try:
    {slice(1): 1}
except TypeError as e:
    print(e)
