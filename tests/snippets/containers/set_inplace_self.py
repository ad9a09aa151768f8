# in-place set operators with the set itself and with frozensets
s = {1, 2, 3}
s |= s; print(sorted(s))
s &= s; print(sorted(s))
s ^= s; print(s)
s = {1, 2}
s -= s; print(s)
s = {1, 2}
f = frozenset({2, 3})
s ^= f; print(sorted(s))
s &= f; print(sorted(s))
s.symmetric_difference_update(s); print(s)
s = {1, 2}
s.difference_update(s); print(s)
s = {1, 2}
s.intersection_update(s, s); print(sorted(s))
s.update(s, s); print(sorted(s))
print(sorted(s.union(s)), sorted(s.intersection(s)), s.difference(s), s.symmetric_difference(s), s.issubset(s), s.isdisjoint(s), set().isdisjoint(set()))
f2 = f
f2 |= {9}
f2 -= {2}
print(sorted(f2), sorted(f), f2 is f, type(f2).__name__)
