# gc.get_referrers finds the containers and instances that refer to an object; gc.get_objects lists tracked ones.
import gc


class Holder:
    pass


target = ['target']
box = [target]
h = Holder()
h.item = target
d = {'key': target}
refs = gc.get_referrers(target)
print(any(r is box for r in refs), any(r is d for r in refs))
print(any(r is h for r in refs) or any(r is h.__dict__ for r in refs))
print(all(gc.is_tracked(r) for r in refs))
print(gc.get_referrers(), gc.get_referrers(12345678) == [] or True)
objs = gc.get_objects()
print(type(objs).__name__, any(o is box for o in objs), any(o is h for o in objs))
print(any(type(o) is int for o in objs), any(type(o) is str for o in objs))
print(all(gc.is_tracked(o) for o in objs[:200]))
print(any(o is box for o in gc.get_objects(generation=None)))
for g in (3, 10, 'x', 1.5):
    try:
        gc.get_objects(g)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    gc.get_referrers(x=1)
except TypeError as e:
    print(e)
