# streaming decompression: max_length, unconsumed_tail, unused_data, eof, flush
import zlib

data = bytes(range(256)) * 64
comp = zlib.compress(data)
d = zlib.decompressobj()
out = b""
pieces = 0
buf = comp
while buf:
    chunk = d.decompress(buf, 1000)
    pieces += 1
    assert len(chunk) <= 1000
    out += chunk
    buf = d.unconsumed_tail
print(pieces, out == data, d.eof, d.unused_data, d.unconsumed_tail)
print(d.flush(), d.eof)
d = zlib.decompressobj()
print(len(d.decompress(comp + b"extra bytes")), d.unused_data, d.eof)
print(d.decompress(b"more"), d.unused_data)
d = zlib.decompressobj()
out = b"".join(d.decompress(comp[i:i + 7]) for i in range(0, len(comp), 7))
print(out == data, d.eof, d.unconsumed_tail, d.unused_data)
d = zlib.decompressobj()
head = d.decompress(comp, 10)
print(head, len(d.unconsumed_tail) > 0, d.eof)
rest = d.flush()
print(len(head + rest) == len(data), d.eof, d.unconsumed_tail)
d = zlib.decompressobj(wbits=-15)
co = zlib.compressobj(wbits=-15)
raw = co.compress(b"raw stream") + co.flush()
print(d.decompress(raw), d.eof)
d = zlib.decompressobj(wbits=47)
print(d.decompress(zlib.compress(b"auto zlib", wbits=15)), zlib.decompressobj(wbits=47).decompress(zlib.compress(b"auto gzip", wbits=31)))
d = zlib.decompressobj()
print(d.decompress(comp[:len(comp) // 2])[:4], d.eof, d.flush()[:4], d.eof)
for f in [lambda: zlib.decompressobj().decompress(comp, -1), lambda: zlib.decompressobj().flush(0),
          lambda: zlib.decompressobj().decompress(b"garbage!"), lambda: zlib.decompressobj().decompress("str")]:
    try:
        f()
    except (zlib.error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
d = zlib.decompressobj()
d.decompress(comp)
print(d.flush(), d.eof)
for f in [lambda: d.decompress(b"x"), lambda: d.copy(), lambda: d.flush()]:
    try:
        print(f())
    except (zlib.error, ValueError) as e:
        print(type(e).__name__, e)
