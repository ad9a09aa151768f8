import functools
@functools.lru_cache(typed=True)
def t(x):
    print("typed call", repr(x))
    return x
t(1); t(1.0); t(True); t(1); t(1.0)
print(t.cache_info())
@functools.lru_cache()
def u(x):
    print("untyped call", repr(x))
    return x
u(1); u(1.0); u(True)
print(u.cache_info())
class H:
    def __init__(self, n): self.n = n
    def __hash__(self):
        print("hash", self.n)
        return 7
    def __eq__(self, other):
        print("eq", self.n, other.n)
        return self.n == other.n
@functools.lru_cache(maxsize=None)
def g(h):
    return h.n
print(g(H(1)), g(H(1)), g(H(2)))
print(g.cache_info())
@functools.lru_cache
def rec(n):
    print("rec", n)
    return rec(n - 1) + 1 if n else 0
print(rec(3), rec(3), rec.cache_info())
