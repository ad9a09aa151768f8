import itertools as I, copy
c = I.cycle('abc'); r = c.__reduce__(); print(r[0], r[2])
next(c); print(c.__reduce__()[2])
for _ in range(4): next(c)
r = c.__reduce__(); print(r[2], type(r[1][0]).__name__, list(r[1][0]))
d = copy.copy(c); print([next(d) for _ in range(5)], [next(c) for _ in range(5)])
e = I.cycle('xy'); print(next(e)); f = copy.copy(e); print([next(f) for _ in range(4)])
try:
    I.cycle('a').__setstate__(1)
except TypeError as ex:
    print(ex)
