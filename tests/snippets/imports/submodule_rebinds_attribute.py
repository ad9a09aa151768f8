# importing a submodule sets it as an attribute of its package, replacing what was there
import _pkg_attr
print(repr(_pkg_attr.child))
from _pkg_attr import child
print("from-import finds the attribute first:", repr(child))
import _pkg_attr.child
print(type(_pkg_attr.child).__name__, _pkg_attr.child.marker)
from _pkg_attr import child
print(type(child).__name__)
