# the main script has no package, so relative imports fail
print(repr(__package__), __name__, __spec__)
try:
    from . import _mod_simple
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    from .._mod_simple import answer
except ImportError as e:
    print(type(e).__name__ + ":", e)
from .missing import thing
