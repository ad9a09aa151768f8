# gc.enable/disable/isenabled, and collect() still working while automatic collection is off.
import gc
from _isolate import isolated

print(gc.isenabled())
print(gc.disable(), gc.isenabled())
print(gc.disable(), gc.isenabled())


class Node:
    def __del__(self):
        print('Node finalized')


def make_cycle():
    n = Node()
    n.me = n


isolated(make_cycle)
gc.collect()
print('after collect while disabled')
print(gc.enable(), gc.isenabled())
for f in (gc.enable, gc.disable, gc.isenabled):
    try:
        f(1)
    except TypeError as e:
        print(e)
try:
    gc.isenabled(x=1)
except TypeError as e:
    print(e)
print(gc.isenabled())
