# set/frozenset subclass reprs, methods return base types, empty reprs
class S(set): pass
class F(frozenset): pass
print(S(), F(), S([1]), F([2]), set(), frozenset(), frozenset([3]))
print(type(S([1]) | {2}).__name__, type(S([1]).copy()).__name__, type(F([1]).copy()).__name__, type(F([1]) & {1}).__name__)
print(type(S([1]).union()).__name__, type(F().union()).__name__)
class R(set):
    def __repr__(self): return "R"
print([R()], {frozenset([1]): R()})
s = S([1, 2])
s.attr = 1
print(s.attr, sorted(s), s == {1, 2}, isinstance(s, set))
f1 = F([1, 2])
print(f1 == frozenset([1, 2]), hash(f1) == hash(frozenset([1, 2])), F([1]) is F([1]))
print(frozenset(f1) is f1, type(frozenset(f1)).__name__)
fz = frozenset([1])
print(frozenset(fz) is fz, F(fz) is fz)
class Init(set):
    def __init__(self, it, extra):
        super().__init__(it)
        self.extra = extra
i = Init([3, 4], "e")
print(sorted(i), i.extra)
class Fn(frozenset):
    def __new__(cls, *args):
        return super().__new__(cls, args)
print(sorted(Fn(3, 1, 2)))
e = set()
e.add(e.__class__.__name__)
print(e)
print(repr(set([()])), repr(frozenset([frozenset()])))
