# sys.unraisablehook exists and the default one is sys.__unraisablehook__
import sys
print(sys.unraisablehook is sys.__unraisablehook__, callable(sys.unraisablehook))
try:
    sys.unraisablehook()
except TypeError as e:
    print("TypeError:", e)
