# OSError subclasses, errno, strerror and filename/filename2 as CPython fills them.
import os, errno
def t(f, *a):
    try:
        f(*a)
    except OSError as e:
        print(type(e).__name__, e.errno, errno.errorcode[e.errno], e.strerror, repr(e.filename), repr(e.filename2))
        print(" ", e)
t(os.stat, "no_such_file")
t(os.stat, b"no_such_file")
t(os.rename, "no_such_file", "other")
t(os.close, -1)
t(os.stat, -5)
t(os.listdir, -5)
t(os.lseek, 0, 0, 9)
t(os.rmdir, "no_such_dir")
t(os.mkdir, ".")
t(os.chdir, "no_such_dir")
t(os.readlink, "errors_filename.py")
t(os.unlink, "no_such_file")
t(os.open, "no_such_dir/x", os.O_RDONLY)
t(os.listdir, "errors_filename.py")
