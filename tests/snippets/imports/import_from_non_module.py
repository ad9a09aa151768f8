# from-imports from objects in sys.modules that are not modules
import sys

class NoName:
    pass
sys.modules["_no_name"] = NoName()
try:
    from _no_name import thing
except ImportError as e:
    print(e, "|", e.name, e.path)

class Named:
    __name__ = "_named"
sys.modules["_named"] = Named()
sys.modules["_named.child"] = "the child from sys.modules"
from _named import child
print(child)
try:
    from _named import other
except ImportError as e:
    print(e, "|", e.name, e.path)
import sys as s2, builtins
print(s2 is sys, builtins.__name__, type(builtins).__name__)
