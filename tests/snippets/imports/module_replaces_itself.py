# a module that replaces itself in sys.modules: the import returns the replacement
import _replaces_self
print(_replaces_self, _replaces_self.x)
from _replaces_self import x
print(x)
import sys
print(sys.modules["_replaces_self"] is _replaces_self, list(sys.modules)[-1])
