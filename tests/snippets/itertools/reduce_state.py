import itertools as I, copy
print(I.chain[int], I.chain[int].__origin__ is I.chain, I.chain[int]('ab').__class__)
c = I.chain('ab', 'cd'); next(c)
r = c.__reduce__(); print(r[0], r[1], len(r[2]))
d = copy.copy(c); print(list(d))
c2 = I.chain('xy'); print(list(copy.copy(c2)), list(c2))
t = I.dropwhile(lambda x: x < 2, [1, 2, 1]); print(t.__reduce__()[2]); next(t); print(t.__reduce__()[2], list(t))
t = I.takewhile(lambda x: x < 2, [1, 2, 1]); print(t.__reduce__()[2], list(t), t.__reduce__()[2])
print(list(copy.copy(I.compress('abc', [1, 0, 1]))))
print(list(copy.copy(I.starmap(divmod, [(7, 2)]))))
print(list(copy.copy(I.filterfalse(None, [0, 1, 0]))))
print(len(I.chain().__reduce__()), I.chain().__reduce__()[1:2])
e = I.chain()
e.__setstate__((iter(['pq']),))
print(list(e))
for bad in [1, (), (1,), (iter([]), iter([]), 3)]:
    try:
        e.__setstate__(bad)
    except TypeError as ex:
        print(repr(bad)[:8], '->', ex)
