# TextIOWrapper errors: wrong types, wrong direction, bad arguments
import sys
for call in [lambda: sys.stdout.write(1), lambda: sys.stdout.write(), lambda: sys.stdout.write("a", "b"),
             lambda: sys.stdout.flush(1), lambda: sys.stdout.buffer.write("x"), lambda: sys.stdin.read("x"),
             lambda: sys.stdout.read(), lambda: sys.stdin.write("x"), lambda: sys.stdout.writelines([1]),
             lambda: sys.stdout.writelines(5)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)
import io
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
