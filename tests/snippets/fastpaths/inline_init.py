# Class calls run a Python __init__ as a frame of the eval loop: every type_call rule must still hold.
class P:
    def __init__(self, x, y=2, *, z=3):
        self.x = x; self.y = y; self.z = z
p = P(1, z=5)
print(p.x, p.y, p.z)
class Bad:
    def __init__(self): return 1
try: Bad()
except TypeError as e: print(e)
class N:
    def __new__(cls, *a): return 42
    def __init__(self, *a): print("never")
print(N(1))
class Sub(P): pass
print(Sub(7).x)
class Raiser:
    def __init__(self): raise ValueError("boom")
try: Raiser()
except ValueError as e: print("caught", e)
class Meta(type):
    def __call__(cls, *a): return "meta"
class WithMeta(metaclass=Meta):
    def __init__(self): pass
print(WithMeta())
class L(list):
    def __init__(self, n): super().__init__(range(n))
print(L(3))
print(type(5), type("X", (), {})().__class__.__name__)
class A:
    def __init__(self): pass
try: A(1)
except TypeError as e: print(e)
import gc
class D:
    def __init__(self): self.me = self
    def __del__(self): print("del D")
D(); gc.collect()
def make(n):
    return [P(i) for i in range(n)]
print(len(make(1000)))
Bad2 = type("Bad2", (), {"__init__": lambda self: None})
print(type(Bad2()).__name__)
class Wrap:
    def __init__(self, func):
        self.func = func
@Wrap
def decorated(v):
    return v * 2
print(type(decorated).__name__, decorated.func(4))
class Holder:
    Inner = P
    def make(self):
        return self.Inner(9)
print(Holder().make().x, Holder.Inner(8, 1).y)
print(list(map(P, [1, 2]))[1].x, sorted([3, 1], key=P.__init__.__class__.__name__.__class__)[0] if False else "skip")
