# subclassing list, tuple, set with extra behaviour
class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = "t"
    def append(self, x):
        super().append(x * 2)
l = L([1, 2])
l.append(3)
l.extend([4])
l += [5]
print(l, type(l).__name__, type(l + [1]).__name__, type(l[:]).__name__, type(l * 2).__name__, l.tag, type(l.copy()).__name__)
print(repr(L()), L("ab") == ["a", "b"], isinstance(l, list), len(l), l[0], list(reversed(l)))
class T(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
    @property
    def first(self): return self[0]
t = T(1, 2, 3)
print(t, t.first, type(t).__name__, type(t[1:]).__name__, type(t + ()).__name__, hash(t) == hash((1, 2, 3)), t == (1, 2, 3))
print(repr(T()), t.__getnewargs__(), type(t[:]).__name__, t[:] is t)
class Sorted(list):
    def __lt__(self, other): return len(self) < len(other)
print(sorted([Sorted([1, 2, 3]), Sorted([9]), Sorted([])]))
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s.peek(), s.pop(), s, s.__class__.__name__)
class NoInit(list):
    def __init__(self, x): pass
print(NoInit([1, 2]), len(NoInit([1])))
class Ext(list):
    def __iter__(self):
        return iter([99])
print(list(Ext([1, 2])), [*Ext([1, 2])], sorted(Ext([3, 1])), tuple(Ext([1])), set(Ext([1])))
class LenD(dict):
    def __len__(self): return 99
print(len(LenD(a=1)), dict(LenD(a=1)), bool(LenD()))
