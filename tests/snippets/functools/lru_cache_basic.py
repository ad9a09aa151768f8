import functools
@functools.lru_cache(maxsize=2)
def f(x):
    print("call", x)
    return x * 2
for v in [1, 1, 2, 3, 1, 3, 2]:
    print(f(v))
print(f.cache_info(), f.cache_parameters())
f.cache_clear()
print(f.cache_info())
print(f.__name__, f.__wrapped__.__name__, f.__doc__, type(f).__name__, type(f).__module__)
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info())
@functools.lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
@functools.lru_cache(maxsize=-3)
def neg(x):
    return x
neg(1); neg(1)
print(neg.cache_info(), neg.cache_parameters())
@functools.lru_cache
def kw(a, b=1, **k):
    print("kw call", a, b, k)
    return a
kw(1); kw(1); kw(1, b=1); kw(a=1); kw(1, c=2); kw(1, c=2)
print(kw.cache_info())
def boom(x):
    print("boom", x)
    raise ValueError(x)
b = functools.lru_cache(boom)
for _ in range(2):
    try:
        b(1)
    except ValueError:
        pass
print(b.cache_info())
