# __spec__ and friends for a module, a package and a submodule
import _pkg_basic.other
import _mod_simple
for m in (_mod_simple, _pkg_basic, _pkg_basic.other):
    spec = m.__spec__
    print(m.__name__, "|", spec.name, "|", repr(spec.parent), "|", spec.has_location,
          "|", spec.submodule_search_locations is None, "|", spec.origin.endswith(".py"),
          "|", m.__package__)
print(_pkg_basic.__spec__.submodule_search_locations == _pkg_basic.__path__)
print(hasattr(_mod_simple, "__path__"), hasattr(_pkg_basic, "__path__"))
print(_mod_simple.__cached__ is None or _mod_simple.__cached__.endswith(".pyc"))
