class Desc:
    def __get__(self, inst, owner=None):
        return ("Desc.__get__", inst, owner.__name__ if owner else None)
class C:
    d = classmethod(Desc())
print(C.d, C().d)
class M:
    @classmethod
    def make(cls, *a):
        return (cls.__name__, a)
class N(M):
    pass
print(M.make(1), N.make(2), N().make(3))
bm = N.make
print(bm.__self__ is N, bm.__func__ is M.__dict__["make"].__func__, type(bm).__name__)
print(M.__dict__["make"].__get__(None, N)(), M.__dict__["make"].__get__(N())())
try:
    M.__dict__["make"].__get__(None, None)
except TypeError as e:
    print("TypeError:", e)
sm = staticmethod(lambda: "static")
print(sm.__get__(None, int)(), sm.__get__(5)(), sm())
class Wrapped:
    @staticmethod
    def s(x):
        "static doc"
        return x * 2
print(Wrapped.s(2), Wrapped.__dict__["s"].__doc__, Wrapped.__dict__["s"].__name__, Wrapped.__dict__["s"].__qualname__)
