# "from . import a" while a is still initialising falls back on sys.modules (IMPORT_FROM)
import _pkg_fromlist
print(_pkg_fromlist.a.name)
print(_pkg_fromlist.b.seen_a)
import sys
print(sorted(k for k in sys.modules if k.startswith("_pkg_fromlist")))
