# From CPython test_set test_do_not_rehash_dict_keys: set and dict operations reuse stored hashes.
class H(int):
    hash_count = 0
    def __hash__(self):
        self.hash_count += 1
        return int.__hash__(self)
n = 10
d = dict.fromkeys(map(H, range(n)))
c = lambda: sum(e.hash_count for e in d)
print(c())
s = set(d); print('set(d)', c())
s.difference(d); print('difference', c())
s.symmetric_difference_update(d); print('symdiff', c())
d2 = dict.fromkeys(set(d)); print('fromkeys(set)', c())
d3 = dict.fromkeys(frozenset(d)); print('fromkeys(frozenset)', c())
d3 = dict.fromkeys(frozenset(d), 123); print(c())
print(d3 == dict.fromkeys(d, 123))
fs = frozenset(d); print('frozenset', c())
s = set(); s.update(d); print('update', c())
s.intersection(d); print('intersection', c())
s.difference_update(d); print('difference_update', c())
s = set(d); s.intersection_update(d); print('intersection_update', c())
s.issubset(d); s.issuperset(d); s.isdisjoint(d); print('subset etc', c())
e = dict.fromkeys(d, 1)
print(e == dict.fromkeys(d, 1), e != dict.fromkeys(d, 2), c())
