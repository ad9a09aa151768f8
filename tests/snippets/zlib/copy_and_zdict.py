# Compress/Decompress copy() (and copy/deepcopy), preset dictionaries (zdict)
import copy
import zlib

data = b"".join(b"record %05d: status ok\n" % i for i in range(2000))
co = zlib.compressobj()
prefix = co.compress(data[:20000])
c1, c2, c3 = co.copy(), copy.copy(co), copy.deepcopy(co)
tails = [c.compress(b"<%s>" % t) + c.flush() for c, t in [(co, b"a"), (c1, b"b"), (c2, b"c"), (c3, b"d")]]
print([zlib.decompress(prefix + t)[-8:] for t in tails])
comp = zlib.compress(data)
d = zlib.decompressobj()
head = d.decompress(comp[:300])
d2 = d.copy()
print(head + d.decompress(comp[300:]) == data, head + d2.decompress(comp[300:]) == data, d.eof, d2.eof)
zd = b"record : status ok\n00000"
for wbits in (15, 12, -15, -10):
    co = zlib.compressobj(wbits=wbits, zdict=zd)
    c = co.compress(data) + co.flush()
    d = zlib.decompressobj(wbits=wbits, zdict=zd)
    print(wbits, d.decompress(c) == data, d.eof, d.unused_data)
    with_dict = len(c)
    without = zlib.compressobj(wbits=wbits)
    print(len(without.compress(data) + without.flush()) >= with_dict)
co = zlib.compressobj(zdict=zd)
c = co.compress(b"needs a dictionary") + co.flush()
for f in [lambda: zlib.decompress(c), lambda: zlib.decompressobj().decompress(c),
          lambda: zlib.decompressobj(zdict=b"wrong").decompress(c), lambda: zlib.decompressobj(zdict=bytearray(zd)).decompress(c)]:
    try:
        print(f())
    except zlib.error as e:
        print(type(e).__name__, e)
d = zlib.decompressobj(zdict=zd)
print(b"".join(d.decompress(c[i:i + 3]) for i in range(0, len(c), 3)), d.eof, d.unused_data)
d = zlib.decompressobj(zdict=zd)
print(d.decompress(c + b"after"), d.unused_data, d.eof)
bad = c[:-1] + bytes([c[-1] ^ 1])
try:
    zlib.decompressobj(zdict=zd).decompress(bad)
except zlib.error as e:
    print(e)
