# __del__ on classes with __slots__: the slots keep working, get_referents shows the slot values and the
# class, and the objects are finalized when collected.
import gc
from _weakref import ref
from _isolate import isolated


class Slotted:
    __slots__ = ('a', 'b', '__weakref__')

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __del__(self):
        print('finalize Slotted', self.a, type(self.b).__name__)


class Empty:
    __slots__ = ()

    def __del__(self):
        print('finalize Empty')


s = Slotted(1, 'two')
r = gc.get_referents(s)
print(r[:-1], r[-1] is Slotted)
empty = Empty()
print(gc.get_referents(empty)[-1] is Empty)
del s.b
try:
    s.b
except AttributeError as e:
    print('AttributeError', e)
s.b = 2
print(s.a, s.b, Slotted.a.__get__(s), ref(s)() is s)


def make():
    x = Slotted('x', None)
    x.b = x
    return ref(x, lambda w: print('weakref callback'))


keep = isolated(make)
gc.collect()
print('end', keep())
