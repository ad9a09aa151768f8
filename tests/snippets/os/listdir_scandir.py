import os
d = "_tmp_listdir"
os.makedirs(d + "/sub/deep")
for n in ("b.txt", "a.py"):
    with open(os.path.join(d, n), "w") as f:
        f.write(n)
os.symlink("a.py", d + "/ln")
try:
    print(sorted(os.listdir(d)))
    print(sorted(os.listdir(os.fsencode(d))))
    entries = sorted(os.scandir(d), key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.is_file(follow_symlinks=False))
        print("  ", os.fspath(e), e.stat().st_size if e.is_file() else "-", e.inode() == e.stat(follow_symlinks=False).st_ino)
    print(sorted(e.path for e in os.scandir(os.fsencode(d))))
    with os.scandir(d) as it:
        print(type(it).__name__, sum(1 for _ in it))
    it = os.scandir(d)
    it.close()
    print(list(it))
    fd = os.open(d, os.O_RDONLY)
    print(sorted(os.listdir(fd)), sorted(e.path for e in os.scandir(fd)))
    os.close(fd)
    print(sorted((r[len(d):], sorted(ds), sorted(fs)) for r, ds, fs in os.walk(d)))
    print(os.DirEntry, os.DirEntry[int])
    try:
        os.DirEntry()
    except TypeError as e:
        print(e)
finally:
    os.unlink(d + "/ln")
    for n in ("b.txt", "a.py"):
        os.unlink(os.path.join(d, n))
    os.removedirs(d + "/sub/deep")
print(os.path.exists(d))
