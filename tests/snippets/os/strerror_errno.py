import os, errno
for code in [0, 1, 2, 5, 9, 13, 17, 20, 21, 22, 28, 32, 110, 9999]:
    print(code, os.strerror(code))
print(errno.ENOENT, errno.EEXIST, errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[11])
print(len(errno.errorcode), sorted(errno.errorcode.items())[:5])
names = [n for n in dir(errno) if n.startswith("E")]
print(len(names), all(getattr(errno, n) in errno.errorcode for n in names))
print(errno.errorcode[errno.ENOTSUP], errno.ENOTSUP == errno.EOPNOTSUPP)
try:
    os.strerror("x")
except TypeError as e:
    print(e)
