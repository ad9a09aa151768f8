# super().name(...) through LOAD_METHOD: plain functions are called without a bound-method object; classmethods,
# staticmethods, properties, plain values, __class__ and missing names behave as the attribute look-up.
class A:
    def __init__(self, x): self.x = x
    def m(self): return ("A.m", self.x)
    @classmethod
    def c(cls): return ("A.c", cls.__name__)
    @staticmethod
    def s(v): return ("A.s", v)
    @property
    def p(self): return "A.p"
    val = 5
class B(A):
    def __init__(self, x):
        super().__init__(x * 2)
    def m(self): return ("B.m",) + super().m()
    @classmethod
    def c(cls): return ("B.c",) + super().c()
    def s2(self): return super().s(3)
    def pp(self): return super().p, super().val, super().__class__.__name__
b = B(4)
print(b.x, b.m(), B.c(), b.c(), b.s2(), b.pp())
print(super(B, b).m(), super(B, B).m(b), super(B, B).c())
try: super(B, b).nope()
except AttributeError as e: print(e)
class C(B):
    def m(self):
        f = super().m
        return f()
print(C(1).m())
