import sys

for thrower in [lambda: 1 / 0, lambda: sys.exit(3), lambda: [][0]]:
    try:
        thrower()
    except:
        kind = sys.exc_info()[0]
        print("bare except caught", kind.__name__)
print(sys.exc_info())
try:
    raise ValueError("inside")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
print(sys.exception())
