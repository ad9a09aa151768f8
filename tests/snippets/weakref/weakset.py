# _weakrefset.WeakSet (what weakref.WeakSet is) drops members once they are collected.
import gc
from _weakrefset import WeakSet
from _isolate import isolated


class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Item(%s)' % self.name


keep = [Item('a'), Item('b')]
ws = WeakSet(keep)


def add_temporaries():
    for n in ('t1', 't2'):
        ws.add(Item(n))


isolated(add_temporaries)
gc.collect()
print(len(ws), sorted(x.name for x in ws))
print(keep[0] in ws, Item('a') in ws, 1 in ws)
ws.discard(keep[0])
print(len(ws), [x.name for x in ws])
other = WeakSet([keep[1]])
print(ws == other, ws | other == other, type(ws.copy()).__name__)
try:
    ws.add(1)
except TypeError as e:
    print('TypeError', e)
ws.clear()
print(len(ws), bool(ws))
