# _remove_dead_weakref(dict, key) deletes the entry only when it holds a dead weakref.
import gc
from _weakref import ref, _remove_dead_weakref
from _isolate import isolated


class C:
    pass


live = C()


def make():
    return ref(C())


d = {'dead': isolated(make), 'live': ref(live)}
gc.collect()
_remove_dead_weakref(d, 'dead')
_remove_dead_weakref(d, 'live')
_remove_dead_weakref(d, 'missing')
print(sorted(d))
d['other'] = 5
try:
    _remove_dead_weakref(d, 'other')
except TypeError as e:
    print('TypeError', e)
for args in [(1, 'k'), ([], 'k'), (d,), (d, 'k', 3)]:
    try:
        _remove_dead_weakref(*args)
    except TypeError as e:
        print('TypeError', e)
print(sorted(d))
