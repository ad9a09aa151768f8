import os, tempfile
with tempfile.TemporaryDirectory(dir=".", prefix="_tmpdir") as td:
    print(os.path.isdir(td), os.path.basename(td).startswith("_tmpdir"))
    with open(os.path.join(td, "f"), "w") as f:
        f.write("x")
print(os.path.exists(td))
with tempfile.NamedTemporaryFile(dir=".", prefix="_tmpf", suffix=".txt") as tf:
    tf.write(b"abc")
    tf.flush()
    print(os.path.getsize(tf.name), tf.name.endswith(".txt"))
print(os.path.exists(tf.name))
fd, name = tempfile.mkstemp(dir=".", prefix="_tmpm")
os.write(fd, b"hi")
os.close(fd)
print(open(name, "rb").read(), oct(os.stat(name).st_mode & 0o777))
os.remove(name)
d = tempfile.mkdtemp(dir=".", prefix="_tmpd")
print(oct(os.stat(d).st_mode & 0o777))
os.rmdir(d)
with tempfile.TemporaryFile(dir=".") as f:
    f.write(b"spool")
    f.seek(0)
    print(f.read())
with tempfile.SpooledTemporaryFile(max_size=4, dir=".") as f:
    f.write(b"123456")
    f.seek(0)
    print(f.read(), f._rolled)
print(os.path.isdir(tempfile.gettempdir()))
