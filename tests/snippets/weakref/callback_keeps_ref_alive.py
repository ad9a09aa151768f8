# The callback is called only if the weakref itself is still alive; a callback may resurrect nothing,
# and may create new weak references to other objects.
import gc
from _weakref import ref, getweakrefcount
from _isolate import isolated


class C:
    pass


other = C()
made = []


def cb(r):
    made.append(ref(other))
    print('callback; the dead ref is', 'dead' if r() is None else 'alive')


def make():
    c = C()
    return ref(c, cb)


r = isolated(make)
gc.collect()
print(len(made), made[0]() is other, getweakrefcount(other))
