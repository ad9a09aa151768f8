# the iterator types are real types with CPython's names
import builtins
for name in ["enumerate", "zip", "map", "filter", "reversed"]:
    t = getattr(builtins, name)
    print(name, type(t).__name__, t.__name__, repr(t))
print(type(iter(len, 1)).__name__, repr(type(iter([]))))
print(callable(print), type(print).__name__, repr(print), repr(len))
