# TextIOWrapper: argument and state errors
import io
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: io.TextIOWrapper(io.BytesIO(), encoding=1))
show(lambda: io.TextIOWrapper(io.BytesIO(), encoding="no-such-codec"))
show(lambda: io.TextIOWrapper(io.BytesIO(), encoding="rot13"))
show(lambda: io.TextIOWrapper(io.BytesIO(), errors=1))
show(lambda: io.TextIOWrapper(io.BytesIO(), newline=1))
show(lambda: io.TextIOWrapper(io.BytesIO(), newline="x"))
show(lambda: io.TextIOWrapper())
t = io.TextIOWrapper(io.BytesIO(b"ab\ncd"), encoding="utf-8")
show(lambda: t.write(1))
show(lambda: t.readline("x"))
show(lambda: t.readline(None))
show(lambda: t.read("x"))
show(lambda: t.read(1, 2))
show(lambda: io.TextIOWrapper(io.BufferedWriter(io.BytesIO()), encoding="utf-8").read())
show(lambda: io.TextIOWrapper(io.BufferedReader(io.BytesIO()), encoding="utf-8").write("x"))
show(lambda: t.readline())
show(lambda: t.reconfigure(encoding="latin-1"))
show(lambda: t.reconfigure(newline="q"))
show(lambda: t.reconfigure(1))
b = t.detach()
print(type(b).__name__, repr(t))
for name in ["read", "write", "flush", "close", "fileno", "readable", "tell"]:
    show(lambda: getattr(t, name)(*(["x"] if name == "write" else [])))
show(lambda: t.buffer)
show(lambda: t.encoding)
show(lambda: t.closed)
c = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
c.close()
for name in ["read", "write", "flush", "tell", "readline"]:
    show(lambda: getattr(c, name)(*(["x"] if name == "write" else [])))
show(lambda: next(c))
print(c.closed)
