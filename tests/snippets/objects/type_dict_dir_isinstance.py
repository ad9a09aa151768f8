class C: pass
class S: __slots__ = ('a', 'b')
print(object().__sizeof__(), C().__sizeof__(), S().__sizeof__())
print(type.__sizeof__(C) > 0)
class Fake:
    __class__ = int
print(isinstance(Fake(), int), isinstance(Fake(), Fake), type(Fake()).__name__)
class P:
    @property
    def __class__(self): return str
print(isinstance(P(), str))
print(issubclass(bool, (str, (int,))), isinstance(1, (str, (float, (int,)))))
try: issubclass(int, (str, 1))
except TypeError as e: print(e)
print(C.__dict__['__dict__'], C.__dict__['__weakref__'])
print(sorted(k for k in C.__dict__))
print(type(C.__dict__).__name__, C.__dict__ == dict(C.__dict__))
try: C.__dict__['x'] = 1
except TypeError as e: print(e)
print(repr(type.__dict__['__dict__']))
print(object.__dir__(C) == dir(C) if False else sorted(object.__dir__(C))[:3])
print(dir(C)[:5], len(dir(object)))
print(type.__dir__(C) == dir(C))
class Meta(type):
    def __dir__(cls): return ["z", "a"]
class WithMeta(metaclass=Meta): pass
print(dir(WithMeta))
print(int.__base__, bool.__base__, object.__base__, type.__base__, type.__bases__)
try:
    C.__bases__ = (int,)
except TypeError as e: print(e)
class D: pass
class E(C): pass
E.__bases__ = (D,)
print(E.__bases__, E.__mro__)
try: E.__bases__ = ()
except TypeError as e: print(e)
try: E.__bases__ = (E,)
except TypeError as e: print(e)
try: del E.__bases__
except TypeError as e: print(e)
try: E.__mro__ = ()
except AttributeError as e: print(e)
print(type(None).__flags__ & (1 << 10) == 0)
