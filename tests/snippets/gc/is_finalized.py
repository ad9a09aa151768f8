# gc.is_finalized: False for objects whose __del__ has not run (and objects without one), True after.
import gc
from _isolate import isolated


class F:
    def __del__(self):
        keep.append(self)


class Plain:
    pass


keep = []
print(gc.is_finalized(F()), gc.is_finalized(Plain()), gc.is_finalized(1), gc.is_finalized([]))


def make():
    f = F()
    f.me = f


isolated(make)
gc.collect()
print(len(keep), gc.is_finalized(keep[0]))
for args in [(), (1, 2)]:
    try:
        gc.is_finalized(*args)
    except TypeError as e:
        print(e)
