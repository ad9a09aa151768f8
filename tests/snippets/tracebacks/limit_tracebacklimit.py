# sys.tracebacklimit keeps the innermost entries; 0 or less prints no traceback at all.
import sys

def level(n):
    if n == 0:
        raise ValueError("deep")
    level(n - 1)

for limit in (2, 1, 0, -5, 10**30):
    sys.tracebacklimit = limit
    try:
        level(4)
    except ValueError as e:
        print("limit", limit, file=sys.stderr)
        sys.excepthook(type(e), e, e.__traceback__)
sys.tracebacklimit = "not an int"
level(1)
