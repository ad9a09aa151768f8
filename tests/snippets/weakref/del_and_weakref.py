# An object with __del__ in a cycle: its weak references are already dead when __del__ runs, and their
# callbacks run first (the order of CPython's cycle collector).
import gc
from _weakref import ref
from _isolate import isolated


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('__del__', self.name, 'weakref alive:', self.wr() is not None)


def make():
    n = Node('n')
    n.me = n
    n.wr = ref(n, lambda r: print('callback, referent gone:', r() is None))


isolated(make)
gc.collect()
print('end')
