# f(**m): DICT_MERGE's paths: an exact dict (or one whose iteration is dict's) merges its entries; other mappings
# by keys() and __getitem__; CPython's rewording of AttributeError (not a mapping) and of dict's own KeyError
# (multiple values), while a KeyError from Python code passes through.
class D(dict):
    def __iter__(self): print("iter"); return iter(['a', 'zz'])
    def keys(self): print("keys"); return ['a', 'zz']
    def __getitem__(self, k): print("getitem", k); return 42
    def __missing__(self, k): return 0
def f(**kw): return sorted(kw.items())
print(f(**D(a=1)))
class E(dict):
    def keys(self): print("E.keys"); return ['q']
print(f(**E(a=1)))
class M(dict):
    def __missing__(self, k): return 'missing'
class F(dict):
    def __iter__(self): return iter(['x', 'y'])
    def keys(self): return ['x', 'y']
try: print(f(**F(x=1)))
except Exception as e: print(type(e).__name__, e)
class G(F):
    def __missing__(self, k): return 'miss'
try: print(f(**G(x=1)))
except Exception as e: print(type(e).__name__, e)
try: f(a=1, **{'a': 2})
except Exception as e: print(type(e).__name__, e)
try: f(**{'a': 1}, **{'a': 2})
except Exception as e: print(type(e).__name__, e)
try: f(**{1: 2})
except Exception as e: print(type(e).__name__, e)
try: f(**{1: 2}, **{1: 3})
except Exception as e: print(type(e).__name__, e)
try: f(**[1])
except Exception as e: print(type(e).__name__, e)
class Mp:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, k): return k.upper()
print(f(**Mp(), z=1))
d = {'b': 2}
for i in range(3000): r = f(**d, c=i)
print(r)

class H(dict):
    def __getitem__(self, k): raise KeyError('custom')
    def keys(self): return ['p']
    def __iter__(self): return iter(['p'])
try: f(**H(p=1))
except Exception as e: print(type(e).__name__, e)
class J(dict):
    def __getitem__(self, k): raise KeyError('a', 'b')
    def __iter__(self): return iter(['p'])
try: f(**J(p=1))
except Exception as e: print(type(e).__name__, e)
class K:
    def keys(self): return [1]
    def __getitem__(self, k): return 5
try: f(**K())
except Exception as e: print(type(e).__name__, e)
class L:
    def keys(self): raise AttributeError('inner')
try: f(**L())
except Exception as e: print(type(e).__name__, e)
