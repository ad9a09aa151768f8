# Recursion that passes through builtins (C code in CPython, C# in Krait) at the default limit: RecursionError,
# and the program goes on. (Which guard trips first, and so the message's " while ..." suffix, can differ.)
import sys

def check(name, f, *exc):
    try:
        f()
        print(name, "completed")
    except (RecursionError, *exc) as e:
        print(name, type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))

class Init:
    def __init__(self): Init()
check("__init__", Init)
class Prop:
    @property
    def p(self): return self.p
check("property", lambda: Prop().p)
class GetAttr:
    def __getattr__(self, n): return getattr(self, n)
check("__getattr__", lambda: GetAttr().x)
class Repr:
    def __repr__(self): return repr(self)
check("__repr__", lambda: repr(Repr()))
class Str:
    def __str__(self): return str(self)
check("__str__", lambda: str(Str()))
class Eq:
    def __eq__(self, o): return self == o
check("__eq__", lambda: Eq() == 1)
class Hash:
    def __hash__(self): return hash(self)
check("__hash__", lambda: hash(Hash()))
class Iter:
    def __iter__(self): return iter(self)
check("__iter__", lambda: iter(Iter()))
class Len:
    def __len__(self): return len(self)
check("__len__", lambda: len(Len()))
class Call:
    def __call__(self): return self()
check("__call__", lambda: Call()())
class Fmt:
    def __format__(self, spec): return "{}".format(self)
check("__format__", lambda: format(Fmt()))
class Get:
    def __get__(self, obj, typ): return self.__get__(obj, typ)
class Holder:
    d = Get()
check("__get__", lambda: Holder().d)
def key(x): return sorted([1, 2], key=key)
check("sorted key", lambda: key(0))
def mapper(x): return list(map(mapper, [1]))
check("map", lambda: mapper(0))
def gen(n):
    yield from gen(n + 1)
check("yield from", lambda: list(gen(0)))
def filt(x): return list(filter(filt, [1]))
check("filter", lambda: filt(0))
class Sub(type):
    def __subclasscheck__(cls, sub): return issubclass(sub, cls)
class Z(metaclass=Sub): pass
check("__subclasscheck__", lambda: issubclass(int, Z))

nested = []
for i in range(100000): nested = [nested]
check("repr nested list", lambda: repr(nested))
check("== nested list", lambda: nested == [nested])
d = {}
for i in range(100000): d = {1: d}
check("str nested dict", lambda: str(d))
import json, copy, pickle
check("json.dumps", lambda: json.dumps(nested))
check("copy.deepcopy", lambda: copy.deepcopy(nested))
check("pickle.dumps", lambda: pickle.dumps(nested), pickle.PicklingError)
t = ()
for i in range(100000): t = (t,)
check("hash nested tuple", lambda: hash(t))
print("still running", sys.getrecursionlimit())
