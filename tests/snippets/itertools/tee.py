from itertools import tee
a, b = tee(iter([1, 2, 3]))
print(next(a), list(b), list(a), type(a).__name__)
x = tee('abc', 3)
print(len(x), [list(y) for y in x], tee('a', 0))
a, b = tee(range(4))
next(a)
c = a.__copy__()
print(list(a), list(c), list(b))
a, b = tee(iter('xyz'))
a2, a3 = tee(a)
print(a2 is a, list(a2), list(a3), list(b))
for bad in ["tee()", "tee([], -1)", "tee([], 'a')", "tee(1)"]:
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(bad, '->', type(e).__name__, e)
