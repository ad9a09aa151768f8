# A cache of weakly held values built on ref callbacks (WeakValueDictionary's pattern): entries vanish
# when their values are collected; the callback gets the dead ref and removes its key.
import gc
from _weakref import ref, _remove_dead_weakref
from _isolate import isolated


class KeyedRef(ref):
    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class Cache:
    def __init__(self):
        self.data = {}

        def remove(wr, selfref=ref(self)):
            self_ = selfref()
            if self_ is not None:
                print('removing', wr.key)
                _remove_dead_weakref(self_.data, wr.key)
        self._remove = remove

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def keys(self):
        return sorted(k for k, r in self.data.items() if r() is not None)


class Value:
    def __init__(self, v):
        self.v = v


cache = Cache()
kept = Value('kept')
cache['kept'] = kept


def fill():
    v1 = Value(1)
    v2 = Value(2)
    cache['temp1'] = v1
    cache['temp2'] = v2
    print('inside', cache.keys())


isolated(fill)
gc.collect()
print(cache.keys(), sorted(cache.data), cache['kept'].v)
try:
    cache['temp1']
except KeyError as e:
    print('KeyError', e)
