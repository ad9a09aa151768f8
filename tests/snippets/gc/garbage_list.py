# Since PEP 442 cycles with __del__ are collectable: gc.garbage stays empty.
import gc
from _isolate import isolated


class Node:
    def __del__(self):
        print('finalized', type(self).__name__)


def make():
    a = Node()
    b = Node()
    a.b = b
    b.a = a


isolated(make)
gc.collect()
print(gc.garbage, gc.garbage is gc.garbage)
import gc as gc2
print(gc2.garbage is gc.garbage, gc2.callbacks is gc.callbacks)
