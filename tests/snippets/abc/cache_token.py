import abc, _abc

class A(abc.ABC):
    pass

t0 = abc.get_cache_token()
print(isinstance(t0, int))
class B:
    pass
print(issubclass(B, A))
A.register(B)
print(abc.get_cache_token() - t0)
print(issubclass(B, A))
reg, cache, neg, ver = _abc._get_dump(A)
print(len(reg), [r() for r in reg] == [B], type(ver).__name__)
A._abc_reset_caches() if hasattr(A, "_abc_reset_caches") else None
_abc._reset_caches(A)
reg, cache, neg, ver = _abc._get_dump(A)
print(len(cache), len(neg))
_abc._reset_registry(A)
print(len(_abc._get_dump(A)[0]))
print(type(A._abc_impl))
print(sorted(n for n in dir(_abc) if not n.startswith("__")))

class NotAbc:
    _abc_impl = 3
for f in (lambda: _abc._abc_subclasscheck(NotAbc, int), lambda: _abc._abc_init(), lambda: _abc.get_cache_token(1),
          lambda: _abc._abc_instancecheck(A), lambda: _abc._abc_register(A, 1), lambda: _abc._abc_subclasscheck(int, int)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
