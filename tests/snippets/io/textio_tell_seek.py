# TextIOWrapper.tell()/seek() cookies round-trip through multi-byte text
import io
text = "ab\nçé\n😀x\nend\n" * 3
b = io.BytesIO(text.encode("utf-8"))
t = io.TextIOWrapper(b, encoding="utf-8")
t._CHUNK_SIZE = 4
positions = []
while True:
    pos = t.tell()
    ch = t.read(1)
    if not ch:
        break
    positions.append((pos, ch))
print(len(positions), positions[:12])
for pos, ch in positions[::5]:
    t.seek(pos)
    print(pos, repr(t.read(3)))
t.seek(0)
lines = []
while True:
    p = t.tell()
    line = t.readline()
    if not line:
        break
    lines.append((p, line))
print(lines[:5])
t.seek(lines[3][0])
print(repr(t.readline()))
for f in [lambda: t.seek(1, 1), lambda: t.seek(1, 2), lambda: t.seek(-1), lambda: t.seek(0, 5)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(t.seek(0, 2), repr(t.read()), t.seek(0, 1) == t.tell())
t.seek(0)
next(t)
try:
    t.tell()
except OSError as e:
    print("OSError:", e)
for _ in t:
    pass
print(t.tell())
