# streaming compression: chunks, flush modes, parameters, using the object after Z_FINISH
import zlib

data = b"".join(b"chunk %d " % i * 3 for i in range(5000))
for args in [(), (9,), (1, zlib.DEFLATED, -12), (6, zlib.DEFLATED, 31, 9, zlib.Z_HUFFMAN_ONLY), (0,),
             (-1, zlib.DEFLATED, 15, 1, zlib.Z_RLE), (4, zlib.DEFLATED, 10, 8, zlib.Z_FIXED)]:
    co = zlib.compressobj(*args)
    out = [co.compress(data[i:i + 777]) for i in range(0, len(data), 777)]
    out.append(co.flush())
    wbits = args[2] if len(args) > 2 else 15
    print(args, zlib.decompress(b"".join(out), wbits) == data)
co = zlib.compressobj(level=6, wbits=15, memLevel=8, strategy=zlib.Z_FILTERED)
parts = []
for mode in [zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_BLOCK]:
    parts.append(co.compress(b"data for mode %d " % mode * 50))
    f = co.flush(mode)
    parts.append(f)
    print(mode, f == b"" if mode == 0 else True)
sync = zlib.compressobj()
first = sync.compress(b"sync me") + sync.flush(zlib.Z_SYNC_FLUSH)
print(first[-4:], zlib.decompressobj().decompress(first))
parts.append(co.flush(zlib.Z_FINISH))
print(zlib.decompress(b"".join(parts))[:30])
for f in [lambda: co.compress(b"more"), lambda: co.flush(), lambda: co.flush(zlib.Z_SYNC_FLUSH), lambda: co.copy()]:
    try:
        f()
    except (zlib.error, ValueError) as e:
        print(type(e).__name__, e)
print(co.flush(zlib.Z_NO_FLUSH))
try:
    zlib.compressobj().compress("text")
except TypeError as e:
    print(e)
try:
    zlib.compressobj().flush(99)
except zlib.error as e:
    print(e)
