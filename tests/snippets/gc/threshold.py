# gc.get_threshold/set_threshold: one to three ints, the others kept; CPython's errors.
import gc

print(gc.get_threshold())
print(gc.set_threshold(500))
print(gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(1000, 20, 30)
print(gc.get_threshold())
gc.set_threshold(0)
print(gc.get_threshold())
for args in [(), (1, 2, 3, 4), ('a',), (1.5,), (1, None)]:
    try:
        gc.set_threshold(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    gc.set_threshold(threshold0=5)
except TypeError as e:
    print(e)
try:
    gc.get_threshold(1)
except TypeError as e:
    print(e)
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
