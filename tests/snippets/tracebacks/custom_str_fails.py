# An exception whose __str__ raises prints "<exception str() failed>"; one with empty str prints the type only.
import sys

class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no")

class Empty(Exception):
    def __str__(self):
        return ""

class NotStr(Exception):
    def __str__(self):
        return 42

for exc in (Broken("x"), Empty("hidden"), ValueError(), ValueError(""), KeyError(""), NotStr()):
    sys.excepthook(type(exc), exc, None)
raise Broken("uncaught")
