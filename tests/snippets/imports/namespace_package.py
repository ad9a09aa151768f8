# a folder without __init__.py is a namespace package
import _nspkg
print(_nspkg.__file__, _nspkg.__spec__.origin, type(_nspkg.__path__).__name__)
print([p.endswith("_nspkg") for p in _nspkg.__path__])
import _nspkg.mod
print(_nspkg.mod.name, _nspkg.mod.package)
from _nspkg.inner import deep
print(deep.deep, deep.__package__)
print(_nspkg.__spec__.submodule_search_locations is not None, _nspkg.__package__)
