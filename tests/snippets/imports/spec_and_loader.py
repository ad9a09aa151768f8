# __loader__ and __spec__ objects: types, attributes, repr shapes, the module namespace's order
import sys
import _mod_simple, _pkg_basic, _nspkg
here = __file__.rsplit("/", 1)[0]
def show(text):
    print(text.replace(here, "{DIR}"))
loader = _mod_simple.__loader__
print(type(loader).__name__, type(loader).__module__, loader.name, loader.path == _mod_simple.__file__)
print(_mod_simple.__spec__.loader is loader, loader.get_filename() == loader.path, loader.is_package("_mod_simple"))
print(_pkg_basic.__loader__.is_package("_pkg_basic"), loader.get_source("_mod_simple").splitlines()[1])
print(repr(loader).startswith("<_frozen_importlib_external.SourceFileLoader object at 0x"))
spec = _mod_simple.__spec__
print(type(spec).__name__, type(spec).__module__, spec.has_location, spec.loader_state)
show(repr(spec).replace(repr(loader), "LOADER"))
show(repr(_pkg_basic.__spec__).replace(repr(_pkg_basic.__loader__), "LOADER"))
show(repr(_nspkg.__spec__).replace(repr(_nspkg.__loader__), "LOADER"))
print(type(_nspkg.__loader__).__name__, _nspkg.__spec__.origin, _nspkg.__spec__.has_location)
show(repr(_nspkg.__path__))
print(repr(sys.__spec__), sys.__loader__, sys.__package__ == "")
print(list(vars(_mod_simple))[:8])
print(type(_mod_simple.__builtins__).__name__, _mod_simple.__builtins__ is vars(__builtins__))
print(spec == _mod_simple.__spec__, spec == _pkg_basic.__spec__)
try:
    loader.get_filename("other")
except ImportError as e:
    print("ImportError:", e, e.name)
