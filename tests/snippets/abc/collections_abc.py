import collections.abc as cabc

checks = [([], cabc.Sequence), ((), cabc.Sequence), ("", cabc.Sequence), ({}, cabc.Mapping),
          ({}, cabc.MutableMapping), (set(), cabc.Set), (frozenset(), cabc.MutableSet), (iter([]), cabc.Iterator),
          (range(3), cabc.Sequence), (b"", cabc.ByteString), (len, cabc.Callable), (3, cabc.Hashable),
          ([], cabc.Hashable), ((x for x in ()), cabc.Generator), ({}.keys(), cabc.KeysView)]
for obj, abc in checks:
    print(type(obj).__name__, abc.__name__, isinstance(obj, abc))

class MySeq(cabc.Sequence):
    def __init__(self, *items): self.items = items
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]

class MyMap(cabc.Mapping):
    def __init__(self, **kw): self.d = kw
    def __len__(self): return len(self.d)
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)

def what(x):
    match x:
        case [a, b, *rest]: return f"seq {a} {b} {rest}"
        case {"k": v}: return f"map {v}"
        case _: return "other"

print(what(MySeq(1, 2, 3)), what(MyMap(k=5)), what("ab"))
print(list(reversed(MySeq(1, 2))), MySeq(1, 2).index(2), 2 in MySeq(1, 2))

class Registered:
    def __len__(self): return 2
    def __getitem__(self, i): return [7, 8][i]
print(what(Registered()))
cabc.Sequence.register(Registered)
print(what(Registered()))
try:
    cabc.Sized()
except TypeError as e:
    print(e)
