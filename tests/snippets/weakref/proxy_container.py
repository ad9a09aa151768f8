# Proxies forward len, item access, containment, iteration, bool, bytes and reversed.
from _weakref import proxy


class Box:
    def __init__(self):
        self.items = {}

    def __len__(self):
        return len(self.items)

    def __getitem__(self, k):
        return self.items[k]

    def __setitem__(self, k, v):
        self.items[k] = v

    def __delitem__(self, k):
        del self.items[k]

    def __contains__(self, k):
        return k in self.items

    def __iter__(self):
        return iter(sorted(self.items))

    def __bool__(self):
        return False

    def __bytes__(self):
        return b'box'

    def __reversed__(self):
        return 'reversed box'


b = Box()
p = proxy(b)
p['a'] = 1
p['b'] = 2
print(len(p), p['a'], 'a' in p, 'z' in p, list(p), bool(p), p.__bytes__(), reversed(p))
del p['a']
print(b.items, len(p))
try:
    p['zz']
except KeyError as e:
    print('KeyError', e)
try:
    next(p)
except TypeError as e:
    print(e)


class Counter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


c = Counter()
pc = proxy(c)
print(next(pc), iter(pc) is c, list(pc))
