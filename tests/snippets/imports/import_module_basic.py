# importing a sibling module runs its body once and caches it in sys.modules
import sys
print("before import:", "_mod_simple" in sys.modules)
import _mod_simple
print(_mod_simple.answer, _mod_simple.greet("main"))
print(_mod_simple.__name__, _mod_simple.__file__.endswith("_mod_simple.py"))
print(type(_mod_simple).__name__, sys.modules["_mod_simple"] is _mod_simple)
import _mod_simple
import _mod_simple as again
print("second import is the same object:", again is _mod_simple)
print(_mod_simple.Thing.__module__, _mod_simple.greet.__module__)
print(sorted(n for n in vars(_mod_simple) if not n.startswith("__")))
