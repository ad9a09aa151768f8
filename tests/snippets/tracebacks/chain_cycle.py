# A cycle in __context__ / __cause__ is printed once per exception.
import sys

a = ValueError("a")
b = TypeError("b")
a.__context__ = b
b.__context__ = a
sys.excepthook(type(a), a, None)
print("---", file=sys.stderr)
c = KeyError("c")
c.__cause__ = c
sys.excepthook(type(c), c, None)
