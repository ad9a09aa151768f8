import types, sys
# property
class P:
    x = property(lambda s: 1, doc="d")
print(P.x.__doc__, type(P.__dict__['x']).__name__)
p = property()
print(p.getter(len).fget is len, p.setter(len).fset is len, p.deleter(len).fdel is len)
try: p.getter()
except TypeError as e: print(e)
try: property.__get__(p, 1, 2, 3)
except TypeError as e: print(e)
class Q:
    @property
    def v(self): raise AttributeError("inner")
    def __getattr__(self, n): return "ga:" + n
print(Q().v)
print(repr(property(len))[:18])
# staticmethod
sm = staticmethod(len)
print(sm.__get__(1)("ab"), repr(sm))
print(staticmethod.__doc__[:20], classmethod.__doc__[:20])
# super
class A:
    def m(self): return "A"
class B(A):
    def m(self): return super().m()
    def __repr__(self): return "B()"
print(repr(super(B, B())))
s = super(B, B())
try: s.x = 1
except AttributeError as e: print(e)
print(super(B, B()).__class__, super(B, B()).__doc__[:10])
print(super.__doc__[:30])
# cell
c = types.CellType(5)
print(repr(c)[:20].split(" at")[0], c == types.CellType(5), c != 5)
# NoneType
print(type(None).__bool__(None), None.__repr__(), None.__class__)
print(NotImplemented.__class__.__name__, Ellipsis.__class__.__name__)
# SimpleNamespace repr subclass
class NS(types.SimpleNamespace): pass
print(repr(NS(a=1)), types.SimpleNamespace(a=1).__eq__(1))
print(types.SimpleNamespace({"a": 1}) if False else "")
# method attrs
class M:
    def f(self): "fdoc"
print(M().f.__doc__, M().f.__wrapped__ if hasattr(M().f, '__wrapped__') else 'nowrap')
# function repr of builtin method on type
print(repr(int.from_bytes).split(" at ")[0], repr(object.__init__), repr(object().__init__).split(" at ")[0])
print(repr(dict.__dict__['fromkeys']))
print(type(object.__init__).__name__, type(object().__init__).__name__, type(object.__new__).__name__)
print(type.__dict__['mro'], type.mro)
