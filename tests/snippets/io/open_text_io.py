# Text files: lines, iteration, tell/seek, print(file=), writelines, and unflushed data at exit
import os
path = "_open_text_io.tmp"
with open(path, "w", encoding="utf-8") as f:
    print("first", 1, file=f)
    f.writelines(["second\n", "third ç\n"])
    f.write("no newline")
with open(path, encoding="utf-8") as f:
    print(f.readline(), f.tell())
    pos = f.tell()
    print(list(f))
    f.seek(pos)
    print(f.read(8), f.readlines())
with open(path, encoding="utf-8") as f:
    print(f.readlines(10), f.read())
f = open(path, "a", encoding="utf-8")
f.write(" appended")
f.close()
print(open(path, encoding="utf-8").read()[-20:])
for call in [lambda: f.write("x"), lambda: f.read(), lambda: iter(f), lambda: f.tell()]:
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
with open(path, "r+", encoding="utf-8") as f:
    f.seek(0, 2)
    f.write("!")
    f.seek(0)
    print(f.read()[-5:])
os.remove(path)
