# StringIO: errors
import io
s = io.StringIO("abc")
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: io.StringIO(1))
show(lambda: io.StringIO(b"x"))
show(lambda: io.StringIO("", "x"))
show(lambda: io.StringIO("", 5))
show(lambda: s.write(1))
show(lambda: s.write(b"x"))
show(lambda: s.seek(1, 1))
show(lambda: s.seek(1, 2))
show(lambda: s.seek(0, 3))
show(lambda: s.seek(-1))
show(lambda: s.truncate(-1))
show(lambda: s.read("1"))
show(lambda: s.readline(1.5))
show(lambda: s.__setstate__(("a", "b")))
show(lambda: s.__setstate__(("a", "x", 0, None)))
show(lambda: s.__setstate__(("a", None, -1, None)))
s.close()
for name in ["read", "getvalue", "tell", "readline", "readable", "writable", "seekable"]:
    show(getattr(s, name))
show(lambda: s.write("x"))
show(lambda: s.line_buffering)
show(lambda: s.newlines)
show(lambda: next(s))
print(s.closed)
