# RecursionError caught and printed through sys.excepthook: the message only, the frames collapse.
import sys

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
