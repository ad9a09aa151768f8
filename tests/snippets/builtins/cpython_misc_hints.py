# From CPython's test_print (py2 migration hint), test_operator/test_itertools (length_hint), test_float (keywords in subclass).
import sys, operator
from itertools import repeat
for expr in ('print >> sys.stderr', 'print >> 42', 'max >> sys.stderr', 'len >> 1'):
    try:
        eval(expr)
    except TypeError as e:
        print(e)
x = print
try:
    x >>= sys.stderr
except TypeError as e:
    print(e)

class X:
    def __init__(self, exc): self.exc = exc
    def __length_hint__(self): raise self.exc
print(operator.length_hint(repeat(None), 12), operator.length_hint(repeat(None, 3), 12))
print(operator.length_hint(X(TypeError), 12))
for exc in (ValueError, LookupError):
    try:
        operator.length_hint(X(exc), 12)
    except exc as e:
        print('raised', type(e).__name__)

class sub(float):
    pass
try:
    sub(x=0)
except TypeError as e:
    print(e)
class with_init(float):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg
u = with_init(2.5, newarg=3)
print(type(u).__name__, float(u), u.newarg)
class with_new(float):
    def __new__(cls, arg, newarg=None):
        self = super().__new__(cls, arg)
        self.newarg = newarg
        return self
u = with_new(2.5, newarg=3)
print(type(u).__name__, float(u), u.newarg)
for bad in ('float(1, x=2)', 'float(x=2)', 'float(1, 2)'):
    try:
        eval(bad)
    except TypeError as e:
        print(e)
