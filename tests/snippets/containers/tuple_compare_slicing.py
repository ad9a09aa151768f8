# tuple comparisons, slicing over all small bounds, concatenation and repetition
t = tuple(range(6))
bad = 0
for a in (None, -8, -3, -1, 0, 2, 5, 9):
    for b in (None, -8, -2, 0, 3, 6, 10):
        for c in (None, 1, 2, -1, -2, 4):
            if list(t[a:b:c]) != list(range(6))[a:b:c]:
                bad += 1
print("bad", bad)
print((1, 2) < (1, 2, 0), (1, 3) > (1, 2, 5), (0,) < (1,), () < (0,), (1, "a") < (1, "b"), ((1, 2),) < ((1, 3),))
print((1, 2) == (1, 2), (1, 2) != (2, 1), (1,) == [1], (1, 2) >= (1, 2), (2,) <= (1, 9))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(e)
try:
    () < []
except TypeError as e:
    print(e)
print((1,) + (2, 3), (1, 2) * 2, 3 * (0,), () + (), (1,) * -1, ((1,) * 3)[1:])
print(t.__len__(), t.__contains__(3), t.__getitem__(-1), t.__add__((9,)), t.__mul__(2)[:8], t.__rmul__(1) == t)
print(t.__lt__((0, 9)), t.__eq__([0]), t.__ne__(t), t.__hash__() == hash(t))
nested = ((1, [2]), 3)
try:
    hash(nested)
except TypeError as e:
    print(e)
print(tuple(x for x in range(3)), tuple(reversed((1, 2))), tuple(iter([4])), tuple("ab") + tuple(b"c" if False else "c"))
a = (1, 2)
print(a[0:2] is a, a[:] is a, a[::1] is a, a[::-1], a[5:], tuple(a) is a)
