# _warnings on its own (warnings.py not imported): the built-in display and the registries.
import _warnings
import sys

def f(n):
    _warnings.warn("from f %d" % (n % 2), UserWarning)

for i in range(4):
    f(i)          # "default": once per (text, category, line)
_warnings.warn("level two", RuntimeWarning, stacklevel=2)
_warnings.warn(DeprecationWarning("instance message"))   # DeprecationWarning in __main__: shown
try:
    _warnings.warn("x", int)
except TypeError as e:
    print("TypeError:", e)
try:
    _warnings.warn("x", 5)
except TypeError as e:
    print("TypeError:", e)
_warnings.filters.insert(0, ("error", None, UserWarning, None, 0))
_warnings._filters_mutated()
try:
    _warnings.warn("now an error")
except UserWarning as e:
    print("raised", repr(e))
_warnings.filters.pop(0)
_warnings.filters.insert(0, ("once", None, FutureWarning, None, 0))
_warnings._filters_mutated()
for i in range(3):
    _warnings.warn("once only", FutureWarning)
_warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
try:
    _warnings.warn("x")
except RuntimeError as e:
    print("RuntimeError:", e)
_warnings.filters.pop(0)
_warnings.warn_explicit("explicit", UserWarning, "somefile.py", 12)
_warnings.warn_explicit("explicit ignored", DeprecationWarning, "somefile.py", 12)
_warnings.warn_explicit("explicit in main", DeprecationWarning, "somefile.py", 13, module="__main__")
print(sorted(k for k in globals()["__warningregistry__"] if k != "version"))
sys.stderr.flush()
print("done")
