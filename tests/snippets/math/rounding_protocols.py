# floor/ceil/trunc and the __floor__/__ceil__/__trunc__/__index__/__float__ protocols.
import math

class F:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'

class Fl(float):
    def __floor__(self): return 'subfloor'

class Idx:
    def __index__(self): return 7

class Flt:
    def __float__(self): return 2.5

for v in [1.5, -1.5, 0.0, -0.0, 2.0, 1e20, -1e300, 10**30, True, F(), Fl(3.5), Idx(), Flt()]:
    for fn in (math.floor, math.ceil, math.trunc):
        try:
            print(fn.__name__, repr(fn(v)))
        except Exception as e:
            print(fn.__name__, type(e).__name__, e)
print(math.sqrt(Idx()), math.sqrt(Flt()), math.sqrt(Fl(4.0)))
for bad in [math.inf, -math.inf, math.nan, 'x', None, [1]]:
    for fn in (math.floor, math.ceil, math.trunc):
        try:
            fn(bad)
        except Exception as e:
            print(fn.__name__, repr(bad), type(e).__name__, e)
