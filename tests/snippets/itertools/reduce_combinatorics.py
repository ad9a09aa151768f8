import itertools as I, copy
p = I.product('ab', [1, 2]); print(p.__reduce__()); next(p); print(p.__reduce__()); next(p); next(p); print(p.__reduce__())
q = copy.copy(p); print(list(q), list(p), p.__reduce__(), I.product('a', []).__reduce__())
c = I.combinations('abcd', 2); print(c.__reduce__()); next(c); next(c); print(c.__reduce__()); d = copy.copy(c); print(list(d), list(c), c.__reduce__())
c = I.combinations_with_replacement('abc', 2); print(c.__reduce__()); next(c); print(c.__reduce__()); print(list(copy.copy(c)))
print(I.combinations('ab', 3).__reduce__())
