import os
d = "_tmp_rename"
os.mkdir(d)
open(d + "/a", "w").close()
os.rename(d + "/a", d + "/b")
print(sorted(os.listdir(d)))
open(d + "/c", "w").close()
os.replace(d + "/b", d + "/c")
print(sorted(os.listdir(d)))
os.link(d + "/c", d + "/hard")
print(os.stat(d + "/c").st_nlink)
try:
    os.rmdir(d)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.mkdir(d)
except FileExistsError as e:
    print(e)
try:
    os.remove(d)
except IsADirectoryError as e:
    print(type(e).__name__)
except PermissionError as e:
    print(type(e).__name__)
os.makedirs(d + "/x/y/z")
os.makedirs(d + "/x/y/z", exist_ok=True)
try:
    os.makedirs(d + "/x/y/z")
except FileExistsError as e:
    print("exists", e.filename)
os.removedirs(d + "/x/y/z")
for n in ("c", "hard"):
    os.remove(d + "/" + n)
os.rmdir(d)
print(os.path.exists(d))
