# Messages of exceptions with zero, one and several args, and of builtin exceptions with special str.
import sys

for exc in (Exception(), Exception("one"), Exception("a", 2, None), KeyError("key"), KeyError(1, 2),
            OSError(2, "No such file"), OSError(2, "No such file", "name.txt"), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"),
            StopIteration(5), SystemExit(3), ImportError("mod missing", name="m")):
    sys.excepthook(type(exc), exc, None)
