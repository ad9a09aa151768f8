# dict subclasses: items() overridden (its result is iterated as it is) or not (dict_items of the subclass), and
# __iter__/__getitem__ overrides that dict_items ignores, as CPython does. OrderedDict and defaultdict too.
import collections

class Plain(dict):
    pass

class Items(dict):
    def items(self):
        return [(k, v * 10) for k, v in super().items()]

class Iter(dict):
    def __iter__(self):
        return iter(["nope"])
    def __getitem__(self, k):
        return "nope"

def total(d):
    t = 0
    for k, v in d.items():
        t += k + v
    return t

src = {i: i for i in range(2000)}
for cls in (dict, Plain, Items, Iter, collections.OrderedDict, collections.defaultdict):
    d = cls(src) if cls is not collections.defaultdict else collections.defaultdict(int, src)
    print(cls.__name__, total(d), total(d))

od = collections.OrderedDict(src)
od.move_to_end(0)
print([k for k, v in od.items()][-2:], [(k, v) for k, v in reversed(od.items())][:2])
print([(k, v) for k, v in reversed(src.items())][:2])
