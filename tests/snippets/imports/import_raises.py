# an exception in a module body propagates and the module is not kept in sys.modules
import sys
try:
    import _raises_on_import
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print("_raises_on_import" in sys.modules)
try:
    import _raises_on_import
except ZeroDivisionError:
    print("second attempt runs the body again")
import _raises_on_import
