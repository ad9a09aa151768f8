# TextIOWrapper newline modes on read and write
import io
raw = b"a\nb\r\nc\rd\n"
for nl in [None, "", "\n", "\r", "\r\n"]:
    t = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8", newline=nl)
    print(repr(nl), t.readlines(), t.newlines)
for nl in [None, "", "\n", "\r", "\r\n"]:
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding="utf-8", newline=nl)
    t.write("x\ny\r\nz\r")
    t.flush()
    print(repr(nl), b.getvalue())
t = io.TextIOWrapper(io.BytesIO(b"line1\r\nline2\r\n"), encoding="utf-8", newline="")
print([t.readline() for _ in range(3)])
t = io.TextIOWrapper(io.BytesIO(b"one\rtwo\r"), encoding="utf-8", newline="")
print([t.readline() for _ in range(3)], t.newlines)
