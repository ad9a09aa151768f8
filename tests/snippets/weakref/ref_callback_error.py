# An exception raised by a weakref callback goes to sys.unraisablehook; later callbacks still run.
import gc
import sys
from _weakref import ref
from _isolate import isolated


def hook(u):
    print('unraisable:', u.exc_type.__name__, u.exc_value, u.err_msg, u.object.__name__)


sys.unraisablehook = hook


class C:
    pass


def boom(r):
    raise ValueError('callback failed')


def fine(r):
    print('fine callback ran')


def make():
    c = C()
    return ref(c, fine), ref(c, boom)


keep = isolated(make)
gc.collect()
print('after collect')
