# repr() of modules: from a file, packages, namespace packages, built-in modules, module objects made by hand
import sys, _mod_simple, _pkg_basic, _nspkg
here = __file__.rsplit("/", 1)[0]
print(repr(_mod_simple).replace(here, "{DIR}"))
print(repr(_pkg_basic).replace(here, "{DIR}"))
print(repr(_nspkg).startswith("<module '_nspkg' (<_frozen_importlib_external.NamespaceLoader object at 0x"))
print(repr(sys), repr(__builtins__))
ModuleType = type(sys)
m = ModuleType("made_by_hand")
print(repr(m))
m.__file__ = "/some/where.py"
print(repr(m))
del m.__file__
m.__loader__ = "a loader"
print(repr(m))
m.__spec__ = _mod_simple.__spec__
print(repr(m).replace(here, "{DIR}"))
