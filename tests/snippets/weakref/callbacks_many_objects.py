# Several referents dying in the same collection: each one's callbacks run (newest first per object).
import gc
from _weakref import ref
from _isolate import isolated


class Obj:
    def __init__(self, n):
        self.n = n


events = []


def make():
    a = Obj('a')
    b = Obj('b')
    a.partner = b
    b.partner = a
    return [ref(a, lambda r: events.append('a1')), ref(b, lambda r: events.append('b1')),
            ref(a, lambda r: events.append('a2'))]


refs = isolated(make)
gc.collect()
print(sorted(events), events.index('a2') < events.index('a1'))
print([r() for r in refs])
