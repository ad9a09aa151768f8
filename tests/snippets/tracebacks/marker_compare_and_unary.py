# Comparisons and unary operators are not anchored in 3.11: plain carets.
import sys

def show(f):
    try:
        f()
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)

show(lambda: 1 < "a")
show(lambda: -"a")
show(lambda: ~1.5)
show(lambda: [1] < [1, "a"] < None)
show(lambda: not_defined_here and 1)
