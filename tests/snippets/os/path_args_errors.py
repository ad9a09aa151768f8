# Path argument conversion: str, bytes, PathLike, fd, and the TypeErrors/ValueErrors CPython gives.
import os
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
t(os.stat, "a\0b")
t(os.stat, b"a\0b")
t(os.stat, [])
t(os.mkdir, 3)
t(os.listdir, 3.5)
class P:
    def __fspath__(self): return 3
t(os.stat, P())
t(os.fspath, P())
t(os.fspath, 3)
print(os.fspath("x"), os.fspath(b"y"))
class Q:
    def __fspath__(self): return "."
t(os.stat, Q())
t(os.open, "x")
t(os.stat, "x", dir_fd="a")
t(os.stat)
t(os.stat, "x", foo=1)
t(os.read, 1)
t(os.read, "a", 1)
t(os.write, 1, "s")
t(os.kill, 1)
t(os.open, "x", os.O_RDONLY, 0o777, 5)
t(os.rename, "a", b"b")
