# gc.set_debug/get_debug store the flags.
import gc

print(gc.get_debug())
gc.set_debug(gc.DEBUG_LEAK)
print(gc.get_debug(), gc.get_debug() & gc.DEBUG_SAVEALL)
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)
print(gc.get_debug())
gc.set_debug(True)
print(gc.get_debug())
for args in [(), ('x',), (1.0,), (1, 2)]:
    try:
        gc.set_debug(*args)
    except TypeError as e:
        print(e)
try:
    gc.get_debug(0)
except TypeError as e:
    print(e)
gc.set_debug(0)
print(gc.get_debug())
