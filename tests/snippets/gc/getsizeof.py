# sys.getsizeof: Krait reports its own sizes (docs/differences.md), so only what holds for both is printed:
# bigger containers and longer strings are bigger, a __sizeof__ method gets the GC header added, errors.
import sys
class S:
    def __sizeof__(self): return 10
class T:
    __slots__ = ()
    def __sizeof__(self): return 10
class N:
    def __sizeof__(self): return -1
class F:
    def __sizeof__(self): return 1.5
class Big:
    def __sizeof__(self): return 2**70
print(sys.getsizeof(S()), sys.getsizeof(T()))
for o in [N(), F()]:
    try: print(sys.getsizeof(o))
    except Exception as e: print(type(e).__name__, e)
print(sys.getsizeof(F(), 'd'))
print(sys.getsizeof([]) < sys.getsizeof([1, 2, 3]), sys.getsizeof('') < sys.getsizeof('abcdef'), sys.getsizeof(1) < sys.getsizeof(2**200))
print(sys.getsizeof({}) < sys.getsizeof({i: i for i in range(100)}), sys.getsizeof(set()) < sys.getsizeof(set(range(100))))
print(sys.getsizeof(()) < sys.getsizeof((1, 2)), sys.getsizeof(b'') < sys.getsizeof(b'x' * 100))
for o in [None, 1, 1.5, 1j, 'a', b'a', (), [], {}, set(), frozenset(), range(3), slice(1), object(), S, len, print, sys, lambda: 0]:
    print(type(o).__name__, type(sys.getsizeof(o)).__name__, sys.getsizeof(o) > 0)
try: sys.getsizeof()
except TypeError as e: print(e)
