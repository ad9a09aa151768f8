class A:
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return ("A.c", cls.__name__)
class B(A):
    def f(self):
        return "B>" + super().f()
    @classmethod
    def c(cls):
        return super().c()
b = B()
print(b.f(), B.c(), b.c())
s = super(B, b)
print(s.__thisclass__, s.__self__ is b, s.__self_class__, s.f())
print(repr(s).startswith("<super: <class 'B'>, <B object>>"), repr(s))
u = super(B)
print(repr(u), u.__self__, u.__self_class__, u.__thisclass__)
print(repr(super(B, B)), super(B, B).c())
for args in ((B, 1), (1, b), (int, "x")):
    try:
        super(*args)
    except TypeError as ex:
        print("TypeError:", ex)
try:
    super()
except RuntimeError as ex:
    print("RuntimeError:", ex)
def outside():
    return super()
try:
    outside()
except RuntimeError as ex:
    print("RuntimeError:", ex)
try:
    super(B, b).nope
except AttributeError as ex:
    print("AttributeError:", ex)
bound = u.__get__(b, B)
print(bound.f(), repr(bound) == repr(super(B, b)))
class M(type):
    def hi(cls):
        return "meta"
class M2(M):
    def hi(cls):
        return "m2>" + super().hi()
class K(metaclass=M2):
    pass
print(K.hi(), super(M2, K).hi())
class SubSuper(super):
    pass
print(type(SubSuper(B, b)).__name__, SubSuper(B, b).f())
