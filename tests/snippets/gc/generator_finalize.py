# An abandoned generator suspended inside try/finally is closed when collected (its finally block runs);
# one that yields in finally is reported as unraisable. Needs the VM hook in YIELD_VALUE (see the gcweak report).
import gc
from _isolate import isolated
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print('cleanup', name)
def plain():
    yield 1
def use():
    g = gen('a'); next(g)
    h = gen('unstarted')
    p = plain(); next(p)
isolated(use)
gc.collect()
print('--')
def bad():
    try:
        yield 1
    finally:
        yield 2
def use2():
    b = bad(); next(b)
import sys
sys.unraisablehook = lambda u: print('unraisable', u.exc_type.__name__, u.exc_value, type(u.object).__name__)
isolated(use2)
gc.collect()
print('end')
