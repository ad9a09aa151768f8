# FileIO: raw file descriptors
import io, os
path = "_fileio_basic.tmp"
f = io.FileIO(path, "w")
print(repr(f).replace(path, "P"), f.mode, f.closefd, f.readable(), f.writable(), f.seekable(), f.isatty())
print(f.write(b"hello world\n"), f.write(bytearray(b"xyz")), f.tell(), type(f.fileno()).__name__, f.name)
f.close()
print(f.closed, repr(f))
with io.FileIO(path) as r:
    print(r.mode, r.read(5), r.read(1), r.tell(), r.readall(), r.read(), r.read(10))
    print(r.seek(0), r.read(), r.seek(-3, 2), r.read(), r.seek(2, 0), r.seek(3, 1))
    buf = bytearray(5)
    print(r.readinto(buf), buf, r.readline(), r.readlines())
print(r.closed)
with io.FileIO(path, "r+") as rw:
    print(rw.mode, rw.read(5), rw.write(b"_"), rw.seek(0), rw.read())
    print(rw.truncate(5), rw.seek(0, 2), rw.truncate(), rw.tell())
with io.FileIO(path, "a") as a:
    print(a.mode, a.tell(), a.write(b"++"), a.tell())
with io.FileIO(path, "rb+") as a:
    print(a.read())
fd = os.open(path, os.O_RDONLY)
g = io.FileIO(fd, closefd=False)
print(g.name == fd, g.closefd, g.read(3))
g.close()
print(os.read(fd, 2))
os.close(fd)
for mode in ["xb", "ab+", "wb+"]:
    try:
        with io.FileIO(path, mode) as h:
            print(mode, h.mode, h.readable(), h.writable())
    except FileExistsError as e:
        print(mode, type(e).__name__, e.errno)
os.remove(path)
with io.FileIO(path, "x") as h:
    print(h.mode)
os.remove(path)
print(os.path.exists(path))
