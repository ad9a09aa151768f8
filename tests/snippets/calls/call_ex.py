# f(*args, **kwargs) (CALL_FUNCTION_EX): hot loops into Python functions, and the edges: non-tuple iterables,
# tuple subclasses with their own __iter__, non-dict mappings, duplicate and non-str keys, many keywords,
# binding errors with CPython's messages, and callees that are not plain functions.
import sys

def area(w, h=1, scale=1):
    return w * h * scale

def traced(f):
    def inner(*args, **kwargs):
        return f(*args, **kwargs)
    return inner

t_area = traced(area)
total = 0
for i in range(3000):
    total += t_area(i, h=2) + t_area(3, scale=i % 4) + t_area(*(i,)) + area(*[i, 2], **{"scale": 3})
print(total)

def show(*args, **kwargs):
    return args, sorted(kwargs.items())

class Tup(tuple):
    def __iter__(self):
        return iter(("from", "__iter__"))

class Mapping:
    def keys(self):
        return ["b", "a"]
    def __getitem__(self, k):
        return k.upper()

def gen():
    yield 1
    yield 2

for i in range(1200):
    r = (show(*[1, 2]), show(*gen()), show(*Tup((9, 9, 9))), show(*"ab", **Mapping()), show(*range(3), x=1, **{"y": 2}),
         show(**{chr(97 + k): k for k in range(12)}))
for x in r:
    print(x)

def kwonly(a, /, b, *, c, d=4):
    return a, b, c, d

def errors():
    yield lambda: area(*5)
    yield lambda: area(*None)
    yield lambda: area(**5)
    yield lambda: area(1, **{"w": 2})
    yield lambda: area(**{"w": 1}, **{"w": 2})
    yield lambda: area(**{1: 2})
    yield lambda: show(**{1: 2})
    yield lambda: area(*(1, 2, 3, 4))
    yield lambda: area(**{"h": 2})
    yield lambda: area(1, **{"nope": 2})
    yield lambda: kwonly(*(1, 2), **{"a": 5, "c": 3})
    yield lambda: kwonly(*(1,), **{"b": 2})
    yield lambda: kwonly(**{"b": 2, "c": 3})
    yield lambda: len(*(1, 2))
    yield lambda: area(**{k: 1 for k in "abcdefghijk"})
for _ in range(2):
    for f in errors():
        try:
            print(f())
        except TypeError as e:
            print("TypeError", e)

print(kwonly(*(1,), **{"b": 2, "c": 3}), kwonly(1, *(2,), **{"c": 3, "d": 5}))

class C:
    def __init__(self, *args, **kwargs):
        self.got = (args, sorted(kwargs.items()))
    def m(self, *args, **kwargs):
        return "m", args, sorted(kwargs.items())
    def __call__(self, *args, **kwargs):
        return "call", args, sorted(kwargs.items())

c = C(*[1], **{"k": 2})
print(c.got, c.m(*(1,), **{"z": 0}), c(*(), **{}), C.m(c, *[3]))
print(max(*[3, 9, 2], **{"key": lambda v: -v}), sorted(*[[3, 1, 2]], **{"reverse": True}))
g = gen()
print(list(traced(gen)(*())), sum(*[(1, 2, 3)]))

def deep(n, *rest, **kw):
    return n if n == 0 else deep(*(n - 1,), **kw)
print(deep(*(400,), **{"k": 1}))
def forever(*a, **k):
    return forever(*a, **k)
try:
    forever(*(1,), **{"x": 1})
except RecursionError as e:
    print("RecursionError", e)

def raiser(*a, **k):
    raise ValueError(a, sorted(k))
caught = 0
for i in range(2000):
    try:
        raiser(*(i,), **{"k": i})
    except ValueError as e:
        caught += e.args[0][0]
print(caught)
