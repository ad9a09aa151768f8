# count/index/remove/in use identity first, then ==, for lists and tuples
nan = float("nan")
l = [nan, 1, nan, 2.0]
t = tuple(l)
print(l.count(nan), l.index(nan), nan in l, t.count(nan), t.index(nan), l.count(float("nan")), float("nan") in l)
print(l.count(2), l.index(2), t.index(2.0), 2 in t, True in [1], l.count(1.0))
l.remove(nan)
print(len(l), l.index(nan))
class AlwaysEq:
    def __eq__(self, o): return True
a = AlwaysEq()
print([1, 2, 3].count(a), [1, 2].index(a), a in [5], (7,).index(a), [3, 2].remove(a))
class NeverEq:
    def __eq__(self, o): return False
n = NeverEq()
print([n].count(n), [n].index(n), n in [n], [n, n].count(NeverEq()), (n,).count(n))
class Loud:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("  eq", self.v, getattr(o, "v", o))
        return False
print([1, 2].count(Loud("x")))
print(Loud("y") in (1, 2))
