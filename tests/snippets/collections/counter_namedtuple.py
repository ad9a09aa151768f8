from collections import Counter, namedtuple, OrderedDict, ChainMap
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], sorted(c.elements())[:6], c.total())
c.update("aaz"); c.subtract({"a": 10}); print(sorted(c.items()))
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=5), Counter(a=1) | Counter(a=4), +Counter(a=-1, b=2))
class D(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
from _collections import _count_elements
m = D(); _count_elements(m, "aba"); print(m)
class G(dict):
    def get(self, k, default=None):
        print("get", k)
        return super().get(k, default)
g = G(); _count_elements(g, "xy"); print(g)
try:
    _count_elements(1, "a")
except Exception as e:
    print(type(e).__name__, e)
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p.y, p[0], p._asdict(), p._replace(x=5), P._fields, P._make([3, 4]))
print(type(P.x).__name__, P.x.__doc__, P.x.__get__(p), P.x.__get__(None, P) is P.x)
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    P.x.__get__([1, 2])
except TypeError as e:
    print("TypeError:", e)
P.x.__doc__ = "new doc"
print(P.x.__doc__, P.x.__reduce__())
Q = namedtuple("Q", ["a", "b"], defaults=[0])
print(Q(1), Q(1, 2), Q.__new__.__defaults__)
od = OrderedDict(a=1, b=2); od.move_to_end("a"); print(od, list(od))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm))
