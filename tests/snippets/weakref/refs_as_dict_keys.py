# Live weakrefs work as dict keys (hash and equality of the referent); a dead one is found only by identity.
import gc
from _weakref import ref
from _isolate import isolated


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name


k1 = Key('one')
table = {ref(k1): 1}
same, other = Key('one'), Key('two')
print(table[ref(k1)], ref(same) in table, ref(other) in table)


def make():
    k = Key('temp')
    r = ref(k)
    table[r] = 2
    return r


rt = isolated(make)
gc.collect()
print(rt(), rt in table, table[rt])
print(sorted(v for v in table.values()))
