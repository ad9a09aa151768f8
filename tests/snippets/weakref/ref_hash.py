# hash(ref) is the referent's hash (cached); a dead ref that was never hashed raises TypeError.
import gc
from _weakref import ref
from _isolate import isolated


class K:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        print('hashing', self.h)
        return self.h


k = K(42)
r = ref(k)
print(hash(r), hash(r))


def make():
    a = K(7)
    b = K(8)
    ra = ref(a)
    hash(ra)
    return ra, ref(b)


ra, rb = isolated(make)
gc.collect()
print(hash(ra))
try:
    hash(rb)
except TypeError as e:
    print('TypeError', e)


class Unhashable:
    __hash__ = None


u = Unhashable()
try:
    hash(ref(u))
except TypeError as e:
    print('TypeError', e)
d = {ref(k): 'value'}
print(d[ref(k)])
