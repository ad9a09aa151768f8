# CRLF line endings, a form feed in the indentation, and a continued line: source lines as CPython shows them.
import sys

def f(x):
    return x[1] + \
        2

def g():
    y = {}
    return y["a"]

try:
    g()
except KeyError as e:
    sys.excepthook(type(e), e, e.__traceback__)
f([1])
