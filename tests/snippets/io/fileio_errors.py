# FileIO: errors with CPython's messages
import io, os
path = "_fileio_errors.tmp"
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: io.FileIO("_no_such_dir/x"))
show(lambda: io.FileIO("."))
show(lambda: io.FileIO(path, "rw"))
show(lambda: io.FileIO(path, "q"))
show(lambda: io.FileIO(path, "w++"))
show(lambda: io.FileIO(path, "b"))
show(lambda: io.FileIO(-1))
show(lambda: io.FileIO(1.5))
show(lambda: io.FileIO("a\0b"))
show(lambda: io.FileIO(b"a\0b"))
show(lambda: io.FileIO(path, "w", closefd=False))
show(lambda: io.FileIO(path, "w", opener=lambda p, fl: -2))
show(lambda: io.FileIO([]))
show(lambda: io.FileIO(path, mode=1))
with io.FileIO(path, "w") as w:
    show(lambda: w.read())
    show(lambda: w.readinto(bytearray(1)))
    show(lambda: w.write("str"))
    show(lambda: w.seek(1.0))
    show(lambda: w.seek(0, 7))
with io.FileIO(path) as r:
    show(lambda: r.write(b"x"))
    show(lambda: r.truncate())
    show(lambda: r.readinto(b"ro"))
for name in ["read", "write", "fileno", "isatty", "readable", "writable", "seekable", "tell", "readall"]:
    show(lambda: getattr(r, name)(*([b"x"] if name == "write" else [])))
show(lambda: r.seek(0))
show(lambda: r.truncate())
r.close()
print(r.closed)
os.remove(path)
