# BytesIO.__getstate__ / __setstate__, subclassing, __dict__
import io
b = io.BytesIO(b"data")
b.read(2)
b.extra = 1
print(b.__getstate__())
c = io.BytesIO()
c.__setstate__((b"xyz", 1, {"k": "v"}))
print(c.read(), c.k, c.tell())
for bad in [(b"x", 0), (b"x", "0", None), (b"x", -1, None), (b"x", 0, 5), "str"]:
    try:
        io.BytesIO().__setstate__(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
class MyBytes(io.BytesIO):
    def __init__(self, data, tag):
        super().__init__(data)
        self.tag = tag
    def read(self, n=-1):
        return super().read(n).upper()
m = MyBytes(b"abc\ndef", "t")
print(m.tag, m.read(2), m.readline(), isinstance(m, io.BufferedIOBase), type(m).__mro__[1:3])
print(io.BytesIO.__name__, io.BytesIO.__module__, io.BytesIO.__qualname__)
