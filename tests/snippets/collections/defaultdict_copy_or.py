from collections import defaultdict
import copy
d = defaultdict(list, a=[1])
e = d.copy(); f = copy.copy(d); g = copy.deepcopy(d)
e["a"].append(2)
print(e, f, g, type(e).__name__, e.default_factory is list)
r = d.__reduce__(); print(r[0].__name__, r[1], r[2], r[3], list(r[4]))
print(defaultdict().__reduce__()[1])
print(defaultdict(int, {1: 1}) | {2: 2}, {2: 2} | defaultdict(int, {1: 1}), defaultdict(int, {1: 1}) | defaultdict(str, {1: 5}))
x = defaultdict(int, a=1); y = x; x |= {"b": 2}; print(x is y, x)
try:
    defaultdict(int) | 1
except TypeError as e:
    print("TypeError:", e)
class Sub(defaultdict):
    pass
s = Sub(list, k=[0])
print(repr(s), type(s.copy()).__name__, type(s | {}).__name__, s["new"], s)
s.attr = 1
print(s.attr, s.__reduce__()[0].__name__)
rec = defaultdict(list)
rec.default_factory = rec.copy
print(repr(rec)[:30])
class F:
    def __repr__(self):
        return repr(dd)
dd = defaultdict(F())
print(repr(dd))
dd[1] = dd
print(repr(dd))
