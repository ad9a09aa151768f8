# Python subclasses of io.RawIOBase / io.IOBase get the generic methods
import io
class Source(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), 3, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
s = Source(b"one\ntwo\nthree")
print(s.read(2), s.read(), s.read(), s.closed, s.readable(), s.writable(), s.seekable())
s.pos = 0
print(s.readline(), s.readlines())
s.pos = 0
print(list(s), s.readall())
s.pos = 0
br = io.BufferedReader(s, 4)
print(br.read(5), br.peek()[:2], br.read())
s.pos = 0
t = io.TextIOWrapper(io.BufferedReader(s), encoding="ascii")
print(t.readlines())
with Source(b"x") as c:
    print(c.closed)
print(c.closed, c.__dict__.get("__IOBase_closed"))
for f in [lambda: c.read(), lambda: iter(c), lambda: c.flush(), lambda: c.fileno(), lambda: c.seek(0), lambda: c.tell(),
          lambda: c.truncate(), lambda: c.isatty(), lambda: c.__enter__(), lambda: Source(b"").write(b"x")]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Lines(io.IOBase):
    def __init__(self):
        self.items = [b"a\n", b"b\n", b""]
    def readline(self, size=-1):
        return self.items.pop(0)
print(list(Lines()), Lines().readlines(), Lines().readlines(1))
class Closer(io.IOBase):
    def flush(self):
        print("flush called", self.closed)
        raise ValueError("flush failed")
k = Closer()
try:
    k.close()
except ValueError as e:
    print("ValueError:", e, k.closed)
k.close()
class W(io.RawIOBase):
    def writable(self):
        return True
    def write(self, b):
        print("write", bytes(b))
        return len(b)
w = W()
w.writelines([b"1", b"2"])
for f in [w._checkWritable, w._checkReadable, w._checkSeekable, w._checkClosed]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
