# tarfile with gzip compression (w:gz / r:gz / r:*) in memory
import io
import tarfile

files = {"a.txt": b"first file\n" * 100, "sub/b.bin": bytes(range(256)) * 10, "empty": b""}
bio = io.BytesIO()
with tarfile.open(fileobj=bio, mode="w:gz") as t:
    for name, content in files.items():
        ti = tarfile.TarInfo(name)
        ti.size = len(content)
        ti.mtime = 0
        t.addfile(ti, io.BytesIO(content))
raw = bio.getvalue()
print(raw[:2])
for mode in ("r:gz", "r:*", "r"):
    with tarfile.open(fileobj=io.BytesIO(raw), mode=mode) as t:
        print(mode, t.getnames(), all(t.extractfile(n).read() == c for n, c in files.items()))
with tarfile.open(fileobj=io.BytesIO(raw), mode="r|gz") as t:
    print([(m.name, m.size) for m in t])
try:
    tarfile.open(fileobj=io.BytesIO(raw[:40]), mode="r:gz").getnames()
except Exception as e:
    print(type(e).__name__)
