import functools
def deco(f):
    @functools.wraps(f)
    def inner(*a):
        return f(*a)
    return inner
@deco
def hello(x):
    "doc of hello"
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello(3))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2))
class S:
    @functools.cached_property
    def val(self):
        print("computing")
        return 42
s = S()
print(s.val, s.val)
@functools.singledispatch
def show(x):
    return "obj"
@show.register
def _(x: int):
    return "int"
@show.register(list)
def _(x):
    return "list"
print(show(1), show([1]), show("s"), show(True))
class M:
    def method(self, a, b):
        return a, b
    pm = functools.partialmethod(method, 1)
print(M().pm(2))
print(functools.reduce is __import__("_functools").reduce, functools.partial is __import__("_functools").partial)
