# a relative import that climbs above the top-level package
try:
    import _pkg_rel.sub.too_far
except ImportError as e:
    print(type(e).__name__, e)
import sys
print("_pkg_rel.sub.too_far" in sys.modules, "_pkg_rel.sub" in sys.modules)
