import functools
from _functools import _lru_cache_wrapper
class Info(tuple):
    def __new__(cls, *a):
        return tuple.__new__(cls, a)
w = _lru_cache_wrapper(len, 5, False, Info)
print(w("abc"), w("abc"), w.cache_info(), type(w.cache_info()).__name__)
for args in [(print, "x", False, Info), (1, 2, False, Info), (print,), (print, 5.0, False, Info)]:
    try:
        _lru_cache_wrapper(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    _lru_cache_wrapper(print, 2**70, False, Info)
except OverflowError as e:
    print("OverflowError:", e)
print(_lru_cache_wrapper(print, None, 0, Info).cache_info(), _lru_cache_wrapper(print, -1, [], Info).cache_info())
print(sorted(set(dir(w)) - set(dir(object))))
class C:
    @functools.lru_cache
    def m(self, x):
        return (type(self).__name__, x)
    @functools.cache
    def n(self):
        return 5
c = C()
print(c.m(1), c.m(1), C.m.cache_info(), c.n(), C.m is C.__dict__["m"], C.m.__qualname__)
print(w.__copy__() is w, w.__deepcopy__({}) is w, C.m.__reduce__())
