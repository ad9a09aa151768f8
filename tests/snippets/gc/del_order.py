# Objects freed together are finalized in the order they were created (the function's locals here).
import gc
from _isolate import isolated


class T:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


def make():
    a = T(1)
    b = T(2)
    c = T(3)
    return a.n + b.n + c.n


total = isolated(make)
gc.collect()
print('--', total)


def chain():
    x = T('outer')
    x.inner = T('inner')
    x.inner.back = x


isolated(chain)
gc.collect()
print('end')
