# gc.get_referents of methods, modules, properties, classmethod/staticmethod, exceptions and weakrefs.
import gc
import sys
from _weakref import ref


def f():
    pass


class C:
    def m(self):
        pass


c = C()
print(gc.get_referents(c.m) == [C.m, c])
print(gc.get_referents(sys)[0] is sys.__dict__)
print(gc.get_referents(classmethod(f)) == [f] or gc.get_referents(classmethod(f))[0] is f)
print(gc.get_referents(staticmethod(f))[0] is f)
prop = property(f, None, None, 'doc')
print(f in gc.get_referents(prop), 'doc' in gc.get_referents(prop))
e = ValueError('bad', 1)
print(e.args in gc.get_referents(e))


def cb(r):
    pass


print(gc.get_referents(ref(c, cb)) == [cb], gc.get_referents(ref(c)))
