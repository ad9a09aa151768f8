import os, stat
d = "_tmp_stat_files"
os.mkdir(d)
try:
    with open(d + "/f", "wb") as f:
        f.write(b"x" * 100)
    st = os.stat(d + "/f")
    print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), st.st_size, st.st_nlink)
    print(stat.filemode(os.stat(d).st_mode)[0], os.path.isdir(d), os.path.isfile(d + "/f"))
    print(type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, st.st_mtime_ns // 10**9 == st[8])
    os.symlink("f", d + "/link")
    print(stat.S_ISLNK(os.lstat(d + "/link").st_mode), stat.S_ISLNK(os.stat(d + "/link").st_mode))
    print(os.stat(d + "/link", follow_symlinks=False).st_mode == os.lstat(d + "/link").st_mode)
    print(os.readlink(d + "/link"), os.readlink(os.fsencode(d + "/link")))
    fd = os.open(d + "/f", os.O_RDONLY)
    print(os.fstat(fd).st_size, os.stat(fd).st_ino == st.st_ino)
    os.close(fd)
    dfd = os.open(d, os.O_RDONLY)
    print(os.stat("f", dir_fd=dfd).st_size)
    os.close(dfd)
    os.chmod(d + "/f", 0o640)
    print(oct(stat.S_IMODE(os.stat(d + "/f").st_mode)))
    os.utime(d + "/f", (1000000000, 1500000000))
    st = os.stat(d + "/f")
    print(st.st_atime, st.st_mtime, st.st_mtime_ns)
    os.utime(d + "/f", ns=(5 * 10**9 + 7, 6 * 10**9 + 9))
    print(os.stat(d + "/f").st_atime_ns, os.stat(d + "/f").st_mtime_ns)
    print(os.path.getsize(d + "/f"), os.path.samefile(d + "/f", d + "/link"))
    print(os.access(d + "/f", os.R_OK), os.access(d + "/nope", os.F_OK))
finally:
    for n in ("link", "f"):
        if os.path.lexists(d + "/" + n):
            os.unlink(d + "/" + n)
    os.rmdir(d)
print(os.path.exists(d))
