# BufferedRandom: reads and writes interleaved on one file, positions kept right
import io, os
path = "_buffered_random.tmp"
with open(path, "wb") as f:
    f.write(b"0123456789abcdef")
with open(path, "r+b") as f:
    print(type(f).__name__, f.mode, f.readable(), f.writable(), f.seekable())
    print(f.read(4), f.tell())
    print(f.write(b"XY"), f.tell())
    print(f.read(3), f.tell())
    f.seek(0)
    print(f.read())
    print(f.seek(-2, 2), f.write(b"!!"), f.tell())
    f.seek(0)
    print(f.peek()[:5], f.read1(2), f.readline())
    print(f.truncate(10), f.tell())
    f.seek(0, 2)
    f.write(b"END")
    f.seek(0)
    print(f.read())
with open(path, "w+b", buffering=4) as g:
    g.write(b"abcdefghij")
    g.seek(3)
    print(g.read(2), g.tell())
    g.write(b"__")
    g.seek(0)
    print(g.read())
os.remove(path)
