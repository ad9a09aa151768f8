import os
d = "_tmp_fwalk"
os.makedirs(d + "/a/b")
open(d + "/a/f1", "w").close()
open(d + "/a/b/f2", "w").close()
try:
    for root, dirs, files, rootfd in sorted(os.fwalk(d)):
        print(root, sorted(dirs), sorted(files), type(rootfd).__name__)
    print([(r, sorted(f)) for r, _, f in sorted(os.walk(d, topdown=False))])
    print(sorted(os.listdir(d + "/a")), len(list(os.scandir(d + "/a/b"))))
finally:
    os.remove(d + "/a/b/f2")
    os.remove(d + "/a/f1")
    os.removedirs(d + "/a/b")
print(os.path.exists(d))
