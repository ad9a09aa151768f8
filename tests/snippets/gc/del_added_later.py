# Assigning __del__ to a class after it was created: its new instances are finalized.
import gc
from _isolate import isolated


class C:
    pass


def finalizer(self):
    print('late __del__', self.n)


C.__del__ = finalizer


def make():
    c = C()
    c.n = 1
    c.me = c


isolated(make)
gc.collect()
del C.__del__


def make2():
    c = C()
    c.n = 2
    c.me = c


isolated(make2)
gc.collect()
print('done')
