# breakpoint() calls sys.breakpointhook; a replaced hook receives the arguments
import sys
calls = []
sys.breakpointhook = lambda *a, **k: calls.append((a, k)) or "hooked"
print(breakpoint(1, x=2), calls)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)
print(sys.__breakpointhook__ is not None)
