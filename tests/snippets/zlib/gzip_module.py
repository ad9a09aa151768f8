# gzip on top of zlib: compress/decompress, GzipFile reading and writing, errors
import gzip
import io
import os

data = b"".join(b"gzip line %d\n" % i for i in range(1000))
g = gzip.compress(data, mtime=0)
print(g[:4], gzip.decompress(g) == data, gzip.decompress(g + gzip.compress(b"second", mtime=0))[-6:])
print(gzip.decompress(gzip.compress(b"", compresslevel=1)))
with gzip.GzipFile(fileobj=io.BytesIO(g)) as f:
    print(f.read(9), f.readline(), len(f.read()), f.name if hasattr(f, "name") else None)
with gzip.open("_gzip_module.gz", "wt", encoding="utf-8") as f:
    f.write("text mode ü\n" * 3)
with gzip.open("_gzip_module.gz", "rt", encoding="utf-8") as f:
    print(f.readlines())
with gzip.open("_gzip_module.gz", "rb") as f:
    f.seek(5)
    print(f.read(8), f.tell())
os.remove("_gzip_module.gz")
for bad in [b"not gzip at all", g[:-8], g[:20]]:
    try:
        gzip.decompress(bad)
    except Exception as e:
        print(type(e).__name__, e)
