# Buffered streams: argument and state errors
import io
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: io.BufferedReader(io.BytesIO(), 0))
show(lambda: io.BufferedReader(io.BytesIO(), -1))
show(lambda: io.BufferedReader(1))
show(lambda: io.BufferedReader())
show(lambda: io.BufferedReader(io.BytesIO(), buffer_size="x"))
show(lambda: io.BufferedWriter(io.BufferedReader(io.BytesIO())))
show(lambda: io.BufferedReader(io.BytesIO()).seek(0, 5))
show(lambda: io.BufferedReader(io.BytesIO()).read(-2))
show(lambda: io.BufferedReader(io.BytesIO()).truncate())
show(lambda: io.BufferedReader(io.BytesIO()).write(b""))
show(lambda: io.BufferedWriter(io.BytesIO()).read())
show(lambda: io.BufferedWriter(io.BytesIO()).write("s"))
show(lambda: io.BufferedReader(io.BytesIO()).fileno())
r = io.BufferedReader(io.BytesIO(b"abc"))
r.close()
for name in ["read", "peek", "read1", "readline", "tell", "seek", "flush"]:
    show(lambda: getattr(r, name)(*([0] if name == "seek" else [])))
show(lambda: next(r))
show(lambda: r.close())
print(r.closed)
class NotReadable(io.RawIOBase):
    pass
show(lambda: io.BufferedReader(NotReadable()))
class BadRaw(io.RawIOBase):
    def readable(self):
        return True
    def readinto(self, b):
        return 100
show(lambda: io.BufferedReader(BadRaw()).read(3))
