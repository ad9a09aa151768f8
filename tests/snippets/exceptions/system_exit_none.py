import sys
try:
    sys.exit()
except SystemExit as e:
    print("caught", repr(e), e.code, e.args)
try:
    raise SystemExit(3, "extra")
except SystemExit as e:
    print("caught", e.code, e.args)
try:
    sys.exit([1, 2])
except SystemExit as e:
    print("caught", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(5)
    except Exception:
        print("not caught by except Exception")
except BaseException as e:
    print("caught by BaseException", type(e).__name__)
sys.exit(None)
