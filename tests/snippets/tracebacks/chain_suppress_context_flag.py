# __suppress_context__ set by hand, and a __cause__ that overrides a context.
import sys

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("with context")
except ValueError as e:
    e.__suppress_context__ = True
    sys.excepthook(type(e), e, e.__traceback__)
    print("---", file=sys.stderr)
    e.__suppress_context__ = False
    e.__cause__ = KeyError("explicit cause")
    print(e.__suppress_context__)
    sys.excepthook(type(e), e, e.__traceback__)
