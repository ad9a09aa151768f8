for args in [(), (0,), (3,), ("msg",), (1, 2), (None,)]:
    e = SystemExit(*args)
    print(repr(e.code), e.args, repr(e), repr(str(e)))
e = SystemExit(1)
e.code = 7
print(e.code, e.args)
print(issubclass(SystemExit, Exception), SystemExit.__bases__)
try:
    raise SystemExit(5)
except SystemExit as ex:
    print("caught", ex.code)
import sys
try:
    sys.exit("bye")
except SystemExit as ex:
    print("caught", repr(ex.code))
try:
    sys.exit()
except SystemExit as ex:
    print("caught", repr(ex.code), ex.args)
try:
    sys.exit(1, 2)
except TypeError as ex:
    print("TypeError:", ex)
