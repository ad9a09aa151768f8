# sys.displayhook prints repr and sets builtins._
import sys, builtins
sys.displayhook(42)
sys.displayhook("text")
sys.displayhook(None)
print(builtins._)
seen = []
sys.displayhook = seen.append
sys.displayhook(1)
print(seen, sys.__displayhook__ is not sys.displayhook)
try:
    sys.__displayhook__()
except TypeError as e:
    print("TypeError:", e)
