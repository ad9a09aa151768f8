# BytesIO: argument and state errors
import io
b = io.BytesIO(b"abc")
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: b.seek(-1))
show(lambda: b.seek(0, 3))
show(lambda: b.seek(1.5))
show(lambda: b.truncate(-1))
show(lambda: b.write("str"))
show(lambda: b.read("x"))
show(lambda: b.read(1.5))
show(lambda: b.readlines(1.5))
show(lambda: b.readline(None))
show(lambda: b.readinto(b"immutable"))
show(lambda: io.BytesIO("text"))
show(lambda: io.BytesIO(b"", b""))
show(lambda: b.getvalue(1))
show(lambda: b.write())
b.close()
print(b.closed)
for name in ["read", "getvalue", "tell", "readline", "readable", "flush", "isatty", "getbuffer", "__getstate__"]:
    show(getattr(b, name))
show(lambda: b.write(b"x"))
show(lambda: b.seek(0))
show(lambda: next(b))
show(lambda: iter(b) is b)
b.close()
print("closed twice ok")
