import os
name = "_tmp_fd_ops"
fd = os.open(name, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)
try:
    print(os.write(fd, b"hello world"), os.write(fd, bytearray(b"!")), os.write(fd, memoryview(b"??")))
    print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
    print(os.lseek(fd, -3, os.SEEK_END), os.lseek(fd, 0, os.SEEK_CUR))
    print(os.pread(fd, 5, 6), os.pwrite(fd, b"W", 6), os.pread(fd, 5, 6))
    os.ftruncate(fd, 4)
    print(os.fstat(fd).st_size, os.get_inheritable(fd), os.get_blocking(fd))
    os.set_inheritable(fd, True)
    print(os.get_inheritable(fd))
    fd2 = os.dup(fd)
    print(fd2 != fd, os.get_inheritable(fd2))
    fd3 = os.dup2(fd, fd2 + 5)
    print(fd3 == fd2 + 5, os.get_inheritable(fd3))
    os.close(fd3)
    os.close(fd2)
    print(os.isatty(fd), os.device_encoding(fd))
    os.truncate(name, 2)
    print(os.path.getsize(name))
    os.fsync(fd)
finally:
    os.close(fd)
    os.remove(name)
r, w = os.pipe()
print(os.get_inheritable(r), os.get_blocking(r))
os.write(w, b"through a pipe")
os.close(w)
print(os.read(r, 100), os.read(r, 100))
os.close(r)
r, w = os.pipe2(os.O_NONBLOCK)
print(os.get_blocking(r))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
os.closerange(r, w + 1)
try:
    os.read(-1, 1)
except OSError as e:
    print(e)
try:
    os.read(0, -1)
except OSError as e:
    print(e)
