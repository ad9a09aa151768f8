# SystemExit is a BaseException: `except Exception` does not catch it; finally still runs
import sys
try:
    try:
        sys.exit(4)
    except Exception:
        print("not caught here")
    finally:
        print("finally runs during exit")
except SystemExit as e:
    print("caught SystemExit with code", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("code with two args:", e.code)
sys.exit(5)
