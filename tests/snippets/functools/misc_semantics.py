import functools, collections, operator
K = functools.cmp_to_key(lambda a, b: 0)
try: print(K.obj)
except AttributeError as e: print("AE", e)
try: print(K < K)
except Exception as e: print(type(e).__name__, e)
class A:
    f = functools.partial(print, "p")
    g = functools.lru_cache(lambda self: 5)
A().f()
print(A().g(), A.g.cache_info())
class DD(collections.defaultdict):
    def __missing__(self, k): return "miss-" + str(k)
dd = DD(list); print(dd[1], dict(dd))
class D2(collections.defaultdict):
    def __init__(self, x): super().__init__(list)
try: print(D2(1).copy())
except TypeError as e: print("TypeError", e)
d = collections.deque(maxlen=3); d.extend(range(10)); print(d)
class Q(collections.deque):
    def __init__(self, it=(), extra=None): super().__init__(it, 4); self.extra = extra
q = Q([1, 2], "e"); print(q, q.extra, q.copy(), q * 3)
print(operator.methodcaller("__add__", 1)(2), operator.attrgetter("real")(3j))
r = collections.deque([1]); r.extend(iter(r.__reversed__()) if False else []); print(r)
print(collections.deque(range(5))[-1], collections.deque(range(5)).__reversed__().__length_hint__())
x = collections.deque([1, 2, 3])
print(x.__getitem__(True), x.index(3, True))
lc = functools.lru_cache(maxsize=3)(lambda *a, **k: (a, sorted(k.items())))
print(lc(1, b=2, a=1), lc(1, a=1, b=2), lc.cache_info())
