import _imp, sys
print(_imp.is_builtin("sys"), _imp.is_builtin("builtins"), _imp.is_builtin("_imp"), _imp.is_builtin("json"))
print(_imp.is_frozen("no_such"), _imp.lock_held(), _imp.check_hash_based_pycs)
_imp.acquire_lock(); print(_imp.lock_held()); _imp.release_lock(); print(_imp.lock_held())
try:
    _imp.release_lock()
except RuntimeError as e:
    print("RuntimeError:", e)
print(_imp.source_hash(3495, b""), _imp.source_hash(1, b"abcdefgh"), _imp.source_hash(-7, b"x" * 21))
try:
    _imp.is_frozen_package("nothing")
except ImportError as e:
    print("ImportError:", e, e.name)
for bad in (1, None):
    try:
        _imp.is_builtin(bad)
    except TypeError as e:
        print("TypeError:", e)
