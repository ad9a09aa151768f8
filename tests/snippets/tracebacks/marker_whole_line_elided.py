# No markers when the failing range covers the whole line (after indentation).
def f():
    raise ValueError("whole line")

def g():
    f()

def h():
    return g()

try:
    h()
except ValueError as e:
    import sys
    sys.excepthook(type(e), e, e.__traceback__)
g()
