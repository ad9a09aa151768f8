# Calls and attribute loads get plain ^^^ markers (3.11 has no anchors for them).
import sys

def show(f):
    try:
        f()
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)

class Box:
    def method(self, a):
        return a

box = Box()
show(lambda: box.missing)
show(lambda: box.method())
show(lambda: box.method(1, 2, 3))
show(lambda: len(5) + 1)
show(lambda: int("x", base=10))
show(lambda: box.method(1).real.nothing)
