# An exception in __del__ is reported through sys.unraisablehook and does not propagate.
import gc
import sys
from _isolate import isolated


def hook(u):
    print('unraisable:', u.exc_type.__name__, u.exc_value, u.err_msg)
    print('object:', type(u.object).__name__, u.object.__qualname__)
    print('traceback:', u.exc_traceback is not None)


sys.unraisablehook = hook


class Bad:
    def __del__(self):
        raise ValueError('boom in del')


class AlsoBad:
    def __del__(self):
        return 1 / 0


def make():
    b = Bad()
    b.me = b
    c = AlsoBad()
    c.me = c


isolated(make)
gc.collect()
print('still running')
