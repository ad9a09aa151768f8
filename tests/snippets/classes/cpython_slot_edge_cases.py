# From CPython's test_class (testSFBug532646, testForExceptionsRaisedInInstanceGetattr2) and
# test_descr (test_altmro): slot dispatch corner cases.

# An instance that is its own class's __call__ recurses in C: RecursionError, not a hang.
class A:
    pass
A.__call__ = A()
try:
    A()()
except RecursionError as e:
    print('RecursionError:', e)

# A comparison dunder that is a property raising AttributeError counts as missing.
def booh(self):
    raise AttributeError("booh")

class E:
    __eq__ = property(booh)
e = E()
print(e == e, E() == E(), E() != E())

class L:
    __lt__ = property(booh)
try:
    L() < L()
except TypeError as x:
    print(x)

class I:
    __init__ = property(booh)
try:
    I()
except AttributeError as x:
    print('__init__:', x)

# A metaclass mro() may change the list type.mro() returns.
class Base: pass
class Mid(Base): pass
class Perverse(type):
    def mro(cls):
        L = type.mro(cls)
        L.reverse()
        return L
class X(Mid, Base, metaclass=Perverse):
    pass
print([c.__name__ for c in X.__mro__])
m = type.mro(Mid)
m.append(1)
m[0] = 'x'
print(m[1:3], type.__subclasses__(Base) == [Mid])
