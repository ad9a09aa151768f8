# tuple subclasses: __new__, repr, attributes, slicing returns tuple
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    def __repr__(self): return f"Point{tuple.__repr__(self)}"
p = Point(1, 2)
print(p, p.x, len(p), p + (3,), type(p + (3,)).__name__, type(p[:]).__name__, p == (1, 2), hash(p) == hash((1, 2)))
print(isinstance(p, tuple), p.count(1), p.index(2), list(p), [*p], tuple(p), type(tuple(p)).__name__)
class Plain(tuple): pass
q = Plain([1, 2])
q.tag = "x"
print(q, repr(q), q.tag, q.__getnewargs__(), type(q.__getnewargs__()[0]).__name__, Plain() == ())
print(Plain("ab") < ("b",), {Plain([1]): 1}[(1,)], sorted([Plain([2]), (1,)]))
class NoHash(tuple):
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(e)
class Ordered(tuple):
    def __lt__(self, o): return len(self) < len(o)
print(sorted([Ordered([1, 2, 3]), Ordered([5])]))
print(Plain.__mro__[1].__name__, Plain.__bases__, tuple.__new__(Plain, [7]))
try:
    tuple.__new__(int)
except TypeError as e:
    print(e)
