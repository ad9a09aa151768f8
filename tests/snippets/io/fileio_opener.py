# FileIO and open() with an opener, fds, and the name attribute
import io, os
path = "_fileio_opener.tmp"
seen = []
def opener(p, flags):
    seen.append((p, flags & os.O_CREAT != 0, flags & os.O_TRUNC != 0))
    return os.open(p, flags, 0o644)
with open(path, "w", opener=opener) as f:
    f.write("via opener")
with io.FileIO(path, "r", opener=opener) as r:
    print(r.read(), r.name)
print(seen)
with open(path, "rb", buffering=0) as raw:
    print(type(raw).__name__, raw.name, raw.read(3))
fd = os.open(path, os.O_RDONLY)
with open(fd) as t:
    print(t.name == fd, t.read(), t.buffer.raw.closefd)
try:
    os.fstat(fd)
except OSError as e:
    print("closed fd:", type(e).__name__)
fd = os.open(path, os.O_RDONLY)
with open(fd, "rb", closefd=False) as b:
    print(b.read(2))
print(os.read(fd, 3))
os.close(fd)
f = io.FileIO(path)
f.name = "renamed"
print(repr(f), f.__dict__)
del f.name
print(repr(f).startswith("<_io.FileIO fd="))
f.close()
os.remove(path)
