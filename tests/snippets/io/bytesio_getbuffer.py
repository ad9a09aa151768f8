# BytesIO.getbuffer(): a writable view that blocks resizing while it exists
import io
b = io.BytesIO(b"abcdef")
m = b.getbuffer()
print(type(m).__name__, len(m), bytes(m), m.readonly)
m[0] = ord("Z")
print(b.getvalue())
for f in [lambda: b.write(b"x"), lambda: b.truncate(1), lambda: b.close(), lambda: b.__setstate__((b"", 0, None))]:
    try:
        f()
    except BufferError as e:
        print("BufferError:", e)
print(b.read(2), b.seek(0), b.tell())
m.release()
print(b.write(b"12"), b.getvalue())
with b.getbuffer() as view:
    print(bytes(view[2:4]))
b.truncate(3)
print(b.getvalue())
b.close()
try:
    b.getbuffer()
except ValueError as e:
    print("ValueError:", e)
