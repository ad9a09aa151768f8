# Live refs compare their referents; if either is dead they compare by identity; no ordering.
import gc
from _weakref import ref
from _isolate import isolated


class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print('__eq__', self.v, other.v)
        return self.v == other.v

    __hash__ = object.__hash__


a, b, c = V(1), V(1), V(2)
print(ref(a) == ref(b), ref(a) != ref(b), ref(a) == ref(c))
print(ref(a) == a, ref(a).__eq__(a), ref(a).__ne__(1))
try:
    ref(a) < ref(b)
except TypeError as e:
    print(e)


def make():
    x = V(5)
    return ref(x), ref(x, print)


r1, r2 = isolated(make)
gc.collect()
print(r1 == r1, r1 == r2, r1 != r2, r1 == ref(a), r1 != ref(a))
