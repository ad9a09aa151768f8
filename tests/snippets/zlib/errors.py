# error messages of zlib's functions
import zlib

good = zlib.compress(b"hello world" * 10)
def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r) if len(repr(r)) < 60 else type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

check(zlib.decompress, b"not zlib data")
check(zlib.decompress, good[:-3])
check(zlib.decompress, good[:5])
check(zlib.decompress, b"")
check(zlib.decompress, good, -15)
check(zlib.decompress, good, 99)
check(zlib.decompress, good, bufsize=-1)
check(zlib.decompress, good[:2] + b"\xff" * 20)
check(zlib.compress, b"x", 10)
check(zlib.compress, b"x", wbits=99)
check(zlib.compress, "str")
check(zlib.compress, data=b"x")
check(zlib.compress, b"x", level=1.0)
check(zlib.compressobj, 10)
check(zlib.compressobj, method=9)
check(zlib.compressobj, memLevel=0)
check(zlib.compressobj, strategy=99)
check(zlib.compressobj, zdict=1)
check(zlib.compressobj, wbits=31, zdict=b"dict")
check(zlib.decompressobj, 99)
check(zlib.decompressobj, zdict=1)
check(zlib.decompressobj, foo=1)
