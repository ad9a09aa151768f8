# An uncaught math domain error: CPython's traceback with the caret line under the call.
import math

def f(x):
    return math.sqrt(x) + 1

print(f(4.0))
print(f(-1.0))
