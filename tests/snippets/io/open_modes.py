# open(): every mode, the object types it returns, buffering and encodings
import io, os
path = "_open_modes.tmp"
for mode in ["w", "wb", "w+", "w+b", "x", "a", "ab", "a+", "r", "rb", "r+", "r+b", "rt", "wt"]:
    if mode.startswith("x") and os.path.exists(path):
        os.remove(path)
    with open(path, mode) as f:
        chain = [type(f).__name__]
        o = f
        while hasattr(o, "buffer") or hasattr(o, "raw"):
            o = getattr(o, "buffer", None) or o.raw
            chain.append(type(o).__name__)
        print(mode, chain, f.mode, getattr(f, "encoding", None), f.readable(), f.writable(), f.seekable(),
              repr(f).replace(path, "P"))
        if f.writable():
            f.write(b"data\n" if "b" in mode else "data\n")
with open(path, "rb", buffering=0) as f:
    print(type(f).__name__, f.read())
with open(path, "w", buffering=1) as f:
    print(f.line_buffering, f.buffer.raw.closefd)
with open(path, "w", encoding="latin-1", errors="replace", newline="\r\n") as f:
    f.write("é\n☃\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="latin-1", newline="") as f:
    print(repr(f.read()), f.encoding, f.errors)
with open(path, "a+", encoding="latin-1") as f:
    print(f.tell(), f.read(), f.seek(0), repr(f.read(2)))
with open(path, "wb", buffering=3) as f:
    f.write(b"12345")
    print(os.path.getsize(path))
print(os.path.getsize(path))
with open(path, "rb") as f, open(path, "r") as g:
    print(f.read(), g.read())
os.remove(path)
