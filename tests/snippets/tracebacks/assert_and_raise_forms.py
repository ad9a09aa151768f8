# assert with and without a message, raising a class, re-raising a caught exception elsewhere.
import sys

def check(v):
    assert v > 0, f"expected positive, got {v}"
    assert v < 10

for v in (-1, 50):
    try:
        check(v)
    except AssertionError as e:
        sys.excepthook(type(e), e, e.__traceback__)

saved = None
def capture():
    global saved
    try:
        raise LookupError
    except LookupError as e:
        saved = e

def rethrow():
    raise saved

capture()
try:
    rethrow()
except LookupError as e:
    sys.excepthook(type(e), e, e.__traceback__)
raise saved.with_traceback(None)
