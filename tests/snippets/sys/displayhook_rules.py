import sys, builtins
builtins._ = "unset"
sys.displayhook(None)
print(repr(builtins._))
sys.displayhook(42)
print(builtins._)
sys.displayhook("text")
print(repr(builtins._))
print(sys.__displayhook__ is sys.displayhook)
try:
    sys.displayhook()
except TypeError as ex:
    print("TypeError:", ex)
del builtins._
sys.displayhook(7)
print(builtins._)
old = sys.displayhook
sys.displayhook = lambda v: print("custom", v)
sys.displayhook(1)
sys.displayhook = old
class BadRepr:
    def __repr__(self):
        raise ValueError("no repr")
try:
    sys.displayhook(BadRepr())
except ValueError as ex:
    print("ValueError:", ex)
