# Four identical entries: three shown, then "repeated 1 more time" (singular).
import sys

def down(n):
    if n == 0:
        raise ValueError("bottom")
    return down(n - 1)

for depth in (2, 3, 4, 5):
    try:
        down(depth)
    except ValueError as e:
        print("depth", depth, file=sys.stderr)
        sys.excepthook(type(e), e, e.__traceback__)
