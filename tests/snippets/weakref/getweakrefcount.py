# getweakrefcount / getweakrefs: the live weak references to an object, in CPython's list order
# (the plain ref, the plain proxy, then the others newest first).
from _weakref import ref, proxy, getweakrefcount, getweakrefs


class C:
    pass


def cb(r):
    pass


c = C()
print(getweakrefcount(c), getweakrefs(c))
r_cb1 = ref(c, cb)
p_cb = proxy(c, cb)
r = ref(c)
p = proxy(c)
r_cb2 = ref(c, cb)
refs = getweakrefs(c)
print(getweakrefcount(c), len(refs))
names = {id(r_cb1): 'r_cb1', id(p_cb): 'p_cb', id(r): 'r', id(p): 'p', id(r_cb2): 'r_cb2'}
print([names[id(x)] for x in refs])
print(c.__weakref__ is r)
print(getweakrefcount(1), getweakrefs('s'), getweakrefs([]))
for f in (getweakrefcount, getweakrefs):
    try:
        f()
    except TypeError as e:
        print(e)
    try:
        f(1, 2)
    except TypeError as e:
        print(e)
