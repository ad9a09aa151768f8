# Once the referent is unreachable and collected, calling the ref gives None and its repr says dead.
import gc
from _weakref import ref, getweakrefcount, getweakrefs
from _isolate import isolated, noaddr


class C:
    pass


def make():
    c = C()
    return ref(c), ref(c, lambda r: None)


r, r2 = isolated(make)
gc.collect()
print(r(), r2(), r2.__callback__)
print(noaddr(repr(r)))
print(r == r, r == r2, r != r2)
c = C()
rc = ref(c)
print(r == rc, getweakrefcount(c), getweakrefs(c) == [rc])
