# BufferedWriter over a raw stream that records every write the buffer makes
import io
class Recorder(io.RawIOBase):
    def __init__(self):
        self.chunks = []
    def writable(self):
        return True
    def seekable(self):
        return True
    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)
    def tell(self):
        return sum(map(len, self.chunks))
    def seek(self, pos, whence=0):
        return self.tell()
raw = Recorder()
w = io.BufferedWriter(raw, buffer_size=8)
print(repr(w), w.writable(), w.readable(), w.raw is raw)
print(w.write(b"abc"), raw.chunks, w.tell())
print(w.write(b"defgh"), raw.chunks)
print(w.write(b"i"), raw.chunks)
print(w.write(b"0123456789"), raw.chunks)
w.flush()
print(raw.chunks, w.tell())
print(w.write(memoryview(b"mv")), w.write(bytearray(b"ba")))
w.close()
print(raw.chunks, w.closed, raw.closed)
for f in [lambda: w.write(b"x"), lambda: w.flush(), lambda: w.tell()]:
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
w2 = io.BufferedWriter(io.BytesIO())
w2.write(b"kept")
bio = w2.detach()
print(bio.getvalue())
for f in [lambda: w2.write(b"x"), lambda: w2.raw, lambda: w2.flush(), lambda: repr(w2)]:
    try:
        print(f())
    except ValueError as e:
        print("ValueError:", e)
