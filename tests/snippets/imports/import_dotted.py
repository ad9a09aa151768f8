# import a.b binds a; import a.b as c binds the submodule
import _pkg_basic.sub
print(_pkg_basic.__name__, _pkg_basic.sub.value, _pkg_basic.VERSION)
print("other loaded?", hasattr(_pkg_basic, "other"))
import _pkg_basic.other as o
print(o.where(), hasattr(_pkg_basic, "other"), _pkg_basic.other is o)
print(_pkg_basic.__path__[0].endswith("_pkg_basic"), len(_pkg_basic.__path__))
print(_pkg_basic.__file__.endswith("__init__.py"), _pkg_basic.__package__)
print(_pkg_basic.sub.__package__, _pkg_basic.sub.__spec__.parent)
