# ref(obj)() returns obj while it lives; the basic ref (no callback, exact type) is shared.
from _weakref import ref, getweakrefcount


class C:
    pass


def cb(r):
    pass


c = C()
r = ref(c)
print(r() is c, type(r).__name__, isinstance(r, ref))
print(ref(c) is r, ref(c, None) is r)
r2 = ref(c, cb)
print(r2 is r, r2() is c, r2.__callback__ is cb, r.__callback__)
r3 = ref(c, cb)
print(r3 is r2, getweakrefcount(c))
f = ref(cb)
print(f() is cb, ref(C)() is C, ref(len)() is len)
print(ref(c.__init__)() is None or True)
