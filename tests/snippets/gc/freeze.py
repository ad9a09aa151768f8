# gc.freeze moves the tracked objects to the permanent generation; unfreeze empties it.
import gc

print(gc.get_freeze_count())
print(gc.freeze())
print(gc.get_freeze_count() > 0)
print(gc.unfreeze())
print(gc.get_freeze_count())
for f in (gc.freeze, gc.unfreeze, gc.get_freeze_count):
    try:
        f(0)
    except TypeError as e:
        print(e)
