# a custom sys.excepthook receives the uncaught exception
import sys
def hook(tp, value, tb):
    print("hook:", tp.__name__, value, tb is not None)
sys.excepthook = hook
print("start")
raise KeyError("missing")
