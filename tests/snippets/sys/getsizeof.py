# sys.getsizeof: __sizeof__ results, default, errors (plain sizes differ between implementations)
import sys
class S:
    def __sizeof__(self):
        return 100
print(sys.getsizeof(S()) >= 100, sys.getsizeof(1) > 0, sys.getsizeof([]) < sys.getsizeof(list(range(100))))
class Bad:
    def __sizeof__(self):
        return -1
class Str:
    def __sizeof__(self):
        return "a"
class Raises:
    def __sizeof__(self):
        raise TypeError("no size")
print(sys.getsizeof(Raises(), "default"))
for call in [lambda: sys.getsizeof(Bad()), lambda: sys.getsizeof(Str()), lambda: sys.getsizeof(Raises()),
             lambda: sys.getsizeof(), lambda: sys.getsizeof(1, 2, 3)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
