# Weak references to classes and functions die with them.
import gc
from _weakref import ref
from _isolate import isolated


def make_class():
    class Temp:
        pass
    return ref(Temp, lambda r: print('class gone'))


def make_function():
    def temp_function():
        pass
    return ref(temp_function, lambda r: print('function gone'))


rc = isolated(make_class)
gc.collect()
rf = isolated(make_function)
gc.collect()
print(rc(), rf())
