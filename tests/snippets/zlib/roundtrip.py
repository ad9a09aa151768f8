# compress/decompress round trips over levels, window sizes and container formats
import zlib

data = b"".join(b"%d: the same words again and again\n" % i for i in range(3000)) + bytes(range(256)) * 20
for level in (-1, 0, 1, 5, 9):
    for wbits in (15, 9, -15, -9, 31, 25):
        c = zlib.compress(data, level, wbits)
        ok = zlib.decompress(c, wbits) == data
        auto = zlib.decompress(c, 47) == data if wbits > 0 else None
        print(level, wbits, ok, auto, len(c) < len(data) or level == 0)
print(zlib.decompress(zlib.compress(b"")), zlib.decompress(zlib.compress(b"x", level=9, wbits=-15), wbits=-15))
print(zlib.decompress(zlib.compress(data), bufsize=1) == data, zlib.decompress(zlib.compress(data), 15, 0) == data)
print(zlib.decompress(bytearray(zlib.compress(b"bytearray in"))), zlib.decompress(memoryview(zlib.compress(b"view in"))))
print(zlib.decompress(zlib.compress(b"abc") + b"trailing junk"))
