# PEP 442: __del__ runs once; an object it resurrects stays alive and is not finalized again.
import gc
from _isolate import isolated

saved = []


class Phoenix:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('__del__', self.n, gc.is_finalized(self))
        saved.append(self)


def make():
    p = Phoenix(1)
    p.me = p
    print('finalized before:', gc.is_finalized(p))


isolated(make)
gc.collect()
print(len(saved), saved[0].n, gc.is_finalized(saved[0]))
saved.clear()
gc.collect()
print('no second __del__', saved)
