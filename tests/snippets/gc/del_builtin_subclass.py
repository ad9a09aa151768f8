# Instances of subclasses of builtin types get finalized too.
import gc
from _isolate import isolated


class L(list):
    def __del__(self):
        print('L finalized', list(self))


class D(dict):
    def __del__(self):
        print('D finalized', sorted(self))


class E(Exception):
    def __del__(self):
        print('E finalized', self.args)


def make():
    lst = L([1, 2])
    lst.append(lst)
    del lst[2]
    d = D(a=1)
    d['self'] = d
    e = E('x', 1)
    e.me = e


isolated(make)
gc.collect()
print('done')
