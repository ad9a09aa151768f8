import itertools as I, copy
i = I.islice('abcdef', 1, 5, 2); r = i.__reduce__(); print(r[0], r[1][1:], r[2])
next(i); r = i.__reduce__(); print(r[1][1:], r[2]); list(i); r = i.__reduce__(); print(r[1][1:], r[2])
i = I.islice(iter('abcdef'), 1, None, 2); next(i); print(list(copy.copy(i)), list(i))
z = I.zip_longest('a', 'bcd', fillvalue=0); next(z); next(z); r = z.__reduce__(); print(r[1][0], r[2])
print(list(copy.copy(z)), list(z))
a = I.accumulate([1, 2, 3], max); print(a.__reduce__()[2]); next(a); print(a.__reduce__()[2])
a = I.accumulate(iter([1, 2, 3]), initial=5); r = a.__reduce__(); print(type(r[1][0]).__name__, r[2], list(copy.copy(a)))
a = I.accumulate(iter([1, 2, 3])); next(a); print(list(copy.copy(a)))
