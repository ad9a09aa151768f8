# sys.path and a package's __path__ can be extended at run time
import sys
here = __file__.rsplit("/", 1)[0]
try:
    import _pkg_ext
except ModuleNotFoundError as e:
    print("before:", e)
sys.path.insert(0, here + "/_extra_dir")
import _pkg_ext
print(_pkg_ext.where, _pkg_ext.__file__.endswith("_extra_dir/_pkg_ext/__init__.py"))
import _pkg_basic
_pkg_basic.__path__.append(here + "/_extra_dir")
import _pkg_basic._ext_mod
print(_pkg_basic._ext_mod.where, _pkg_basic._ext_mod.__name__)
sys.path.remove(here + "/_extra_dir")
sys.path.insert(0, 42)
sys.path.insert(0, here + "/_no_such_dir")
import _mod_simple
print(_mod_simple.answer)
