# Callbacks run when the referent dies, newest first, with the weakref as argument; __callback__ is then None.
import gc
from _weakref import ref
from _isolate import isolated


class C:
    pass


log = []


def make():
    c = C()
    refs = []
    for name in ('first', 'second', 'third'):
        refs.append(ref(c, lambda r, name=name: log.append((name, r() is None, r in refs))))
    plain = ref(c)
    return refs, plain


refs, plain = isolated(make)
gc.collect()
print(log)
print([r.__callback__ for r in refs], plain())


def make2():
    c = C()
    dropped = ref(c, lambda r: print('never called'))
    kept = ref(c, lambda r: print('kept callback'))
    del dropped
    return kept


kept = isolated(make2)
gc.collect()
print('done')
