# weakref.ref can be subclassed, with extra state in __slots__ or a __dict__ (weakref.KeyedRef's pattern).
import gc
from _weakref import ref, getweakrefs
from _isolate import isolated


class KeyedRef(ref):
    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class Tagged(ref):
    pass


class C:
    pass


c = C()
k = KeyedRef(c, None, 'the key')
t = Tagged(c)
t.tag = 'tagged'
print(k() is c, k.key, t.tag, t.__dict__, isinstance(k, ref), type(k).__name__)
print([type(x).__name__ for x in getweakrefs(c)])
print(k is not ref(c), t is not ref(c), Tagged(c) is not t)
print(k == t, hash(k) == hash(c))
try:
    k.other = 1
except AttributeError as e:
    print('AttributeError', e)


def make():
    o = C()
    return KeyedRef(o, lambda r: print('callback for', r.key), 'k2')


k2 = isolated(make)
gc.collect()
print(k2(), k2.key)
