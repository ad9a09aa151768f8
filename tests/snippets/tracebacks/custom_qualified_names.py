# Exception classes outside builtins/__main__ print with their module; nested classes by qualname.
import _errors

class Outer:
    class Inner(Exception):
        pass

import sys
for exc in (_errors.AppError("app"), _errors.Namespace.Deep("deep"), Outer.Inner("inner")):
    sys.excepthook(type(exc), exc, None)

class Renamed(Exception):
    pass
Renamed.__module__ = "somewhere.else"
Renamed.__qualname__ = "Different"
sys.excepthook(Renamed, Renamed("renamed"), None)
Renamed.__module__ = 17
sys.excepthook(Renamed, Renamed("bad module"), None)
_errors.fail()
