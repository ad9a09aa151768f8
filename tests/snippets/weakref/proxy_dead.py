# Every operation on a proxy whose referent died raises ReferenceError.
import gc
from _weakref import proxy
from _isolate import isolated, noaddr


class N:
    def __init__(self):
        self.v = 1

    def __len__(self):
        return 1

    def __call__(self):
        return 'called'

    def __add__(self, o):
        return 1


def make():
    n = N()
    return proxy(n), proxy(n, lambda p: print('proxy callback', type(p).__name__))


p, pcb = isolated(make)
gc.collect()
ops = [
    ('getattr', lambda: p.v), ('setattr', lambda: setattr(p, 'v', 2)), ('str', lambda: str(p)),
    ('len', lambda: len(p)), ('bool', lambda: bool(p)), ('call', lambda: p()), ('add', lambda: p + 1),
    ('radd', lambda: 1 + p), ('eq', lambda: p == 1), ('iter', lambda: iter(p)), ('getitem', lambda: p[0]),
    ('contains', lambda: 1 in p), ('neg', lambda: -p), ('int', lambda: int(p)),
]
for name, op in ops:
    try:
        print(name, op())
    except ReferenceError as e:
        print(name, 'ReferenceError:', e)
print(noaddr(repr(p)).replace('NoneType', 'NoneType'))
