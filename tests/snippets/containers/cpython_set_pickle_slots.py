# From CPython's test_set test_pickling: set/frozenset subclasses with __slots__ pickle their slots.
import pickle
class S(set):
    __slots__ = ('x', 'y', '__dict__')
class F(frozenset):
    __slots__ = ('x', 'y', '__dict__')
for cls in (S, F, set, frozenset):
    s = cls('abc')
    if cls not in (set, frozenset):
        s.x = ['x']; s.z = ['z']
    r = s.__reduce__()
    print(cls.__name__, r[0].__name__, sorted(r[1][0]), r[2])
    for p in range(6):
        d = pickle.loads(pickle.dumps(s, p))
        print(type(d).__name__, d == s, getattr(d, 'x', None), getattr(d, 'z', None), hasattr(d, 'y'))
