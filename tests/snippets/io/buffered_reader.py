# BufferedReader over a raw stream: peek, read1, read, readline, readinto, seek/tell
import io
data = b"".join(b"line %d\n" % i for i in range(40))
r = io.BufferedReader(io.BytesIO(data), buffer_size=16)
print(repr(r), r.raw.__class__.__name__, r.readable(), r.seekable(), r.writable())
print(r.peek()[:16], r.read1(4), r.read1(), r.read(5), r.tell())
print(r.readline(), r.readline(3), r.tell())
buf = bytearray(10)
print(r.readinto(buf), buf, r.readinto1(buf), buf, r.tell())
print(r.seek(0), r.read(8), r.seek(3, 1), r.read(4), r.seek(-5, 2), r.read())
print(r.read(), r.peek(), r.read1(3), r.tell())
r.seek(0)
print(len(list(r)), r.read())
r.seek(10)
print(len(r.readlines()), r.detach().__class__.__name__, repr(r))
for size in [0, 1, 2, 7, 15, 16, 17, 33, 100, 500]:
    b = io.BufferedReader(io.BytesIO(data), 16)
    chunks = []
    while True:
        c = b.read(size) if size else b.read1()
        if not c:
            break
        chunks.append(len(c))
    print(size, len(chunks), sum(chunks), chunks[:4])
