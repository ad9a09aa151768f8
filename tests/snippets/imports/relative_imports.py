# relative imports inside a package and a subpackage
import _pkg_rel
for item in _pkg_rel.describe():
    print(item)
import _pkg_rel.sub.c as c
print(c.parent_name, c.__package__)
import sys
print(sorted(name for name in sys.modules if name.startswith("_pkg_rel")))
