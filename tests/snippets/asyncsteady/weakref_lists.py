# Weak reference lists under churn: many refs to one object (some dying first, so the list is swept), the basic
# ref and proxy reused, callbacks newest first, getweakrefs/getweakrefcount, refs to a cycle resurrected by __del__,
# and a WeakSet / WeakValueDictionary whose members die in bulk.
import gc
import weakref

log = []


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Obj({self.name})"


o = Obj("a")
keep = []
for i in range(40):
    r = weakref.ref(o, lambda r, i=i: log.append(i))
    if i % 4 == 0:
        keep.append(r)
del r
gc.collect()
print(weakref.getweakrefcount(o), len(keep))
basic = weakref.ref(o)
proxy = weakref.proxy(o)
print(basic is weakref.ref(o), proxy is weakref.proxy(o), proxy.name)
print([type(x).__name__ for x in weakref.getweakrefs(o)][:3])
del o
gc.collect()
print(log)
print(basic(), keep[0](), [k() for k in keep][:2])
try:
    proxy.name
except ReferenceError as e:
    print("ReferenceError", e)


saved = []


class Phoenix:
    def __del__(self):
        saved.append(self)


p = Phoenix()
p.me = p  # a cycle: the collector clears its weak references before __del__ resurrects it
wr = weakref.ref(p, lambda r: log.append("phoenix ref"))
del p
gc.collect()
print(wr(), len(saved), log[-1])
again = weakref.ref(saved[0])
print(again() is saved[0], weakref.getweakrefcount(saved[0]))

ws = weakref.WeakSet()
wd = weakref.WeakValueDictionary()
held = []
for i in range(1000):
    x = Obj(i)
    ws.add(x)
    wd[i] = x
    if i % 100 == 0:
        held.append(x)
del x
gc.collect()
print(len(ws), len(wd), sorted(wd)[:5], sorted(o.name for o in ws)[:3])
held.clear()
gc.collect()
print(len(ws), len(wd))
