import os, shutil
d = "_tmp_shutil"
os.makedirs(d + "/src/inner")
with open(d + "/src/a.txt", "w") as f:
    f.write("alpha\n")
with open(d + "/src/inner/b.bin", "wb") as f:
    f.write(bytes(range(256)))
shutil.copytree(d + "/src", d + "/dst")
print(sorted(os.path.relpath(os.path.join(r, n), d) for r, ds, fs in os.walk(d) for n in ds + fs))
shutil.copy2(d + "/src/a.txt", d + "/copy.txt")
print(open(d + "/copy.txt").read(), os.stat(d + "/copy.txt").st_mtime == os.stat(d + "/src/a.txt").st_mtime)
shutil.copyfile(d + "/src/inner/b.bin", d + "/b2.bin")
print(open(d + "/b2.bin", "rb").read() == bytes(range(256)))
shutil.move(d + "/b2.bin", d + "/moved.bin")
print(os.path.exists(d + "/b2.bin"), os.path.exists(d + "/moved.bin"))
print(shutil.disk_usage(".").total > 0, shutil.which("definitely-not-a-command-krait"))
try:
    shutil.copytree(d + "/src", d + "/dst")
except FileExistsError as e:
    print(type(e).__name__)
shutil.rmtree(d)
print(os.path.exists(d))
