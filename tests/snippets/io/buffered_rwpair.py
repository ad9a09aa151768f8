# BufferedRWPair: one object reading from one raw stream and writing to another
import io
src, dst = io.BytesIO(b"incoming data\nmore"), io.BytesIO()
p = io.BufferedRWPair(src, dst, 4)
print(p.readable(), p.writable(), p.seekable(), p.isatty(), p.closed)
print(p.read(3), p.peek()[:2], p.read1(2), p.readline(), p.read())
print(p.write(b"out"), dst.getvalue())
p.flush()
print(dst.getvalue())
b = bytearray(3)
print(p.readinto(b), p.readinto1(b))
p.close()
print(p.closed, src.closed, dst.closed)
for f in [lambda: io.BufferedRWPair(src), lambda: io.BufferedRWPair(io.BytesIO(), io.BytesIO(), buffer_size=2),
          lambda: io.BufferedRWPair(io.BytesIO(), io.BytesIO(), 1, 2), lambda: p.write(b"x"), lambda: p.read()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
