import sys
seen = []
def hook(u):
    seen.append((type(u).__name__, type(u.exc_value).__name__, str(u.exc_value), u.err_msg, u.object))
sys.unraisablehook = hook
class D:
    def __del__(self):
        raise ValueError("in del")
d = D()
del d
import gc
gc.collect()
print(seen[0][:4] if seen else seen)
