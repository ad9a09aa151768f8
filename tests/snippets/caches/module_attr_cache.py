import _shapes as math
import sys

def f():
    return math.pi, math.floor(2.5)

print(f())
math.pi = 3
print(f())
del math.pi
try:
    f()
except AttributeError as e:
    print("AttributeError:", e)
mod = type(sys)("m")
mod.pi = "module m"
mod.floor = lambda v: "m.floor"
math = mod
print(f())
