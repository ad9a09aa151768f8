# The default sys.unraisablehook prints "Exception ignored in: <repr of __del__>" and the traceback.
import gc
from _isolate import isolated


class Finalizer:
    def __repr__(self):
        return '<the finalizer>'

    def __call__(self):
        raise RuntimeError('failure in finalizer')


class C:
    __del__ = Finalizer()


def make():
    c = C()
    c.me = c


isolated(make)
gc.collect()
print('still running')
