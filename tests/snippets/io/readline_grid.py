# readline(limit) and read(n) over a grid of sizes, for every kind of stream
import io
data = "ab\ncdé\n\nfghij\n😀k\nlast"
def make(kind):
    if kind == "StringIO":
        return io.StringIO(data)
    if kind == "BytesIO":
        return io.BytesIO(data.encode())
    if kind == "BufferedReader":
        return io.BufferedReader(io.BytesIO(data.encode()), 5)
    t = io.TextIOWrapper(io.BytesIO(data.encode()), encoding="utf-8")
    t._CHUNK_SIZE = 3
    return t
for kind in ["StringIO", "BytesIO", "BufferedReader", "TextIOWrapper"]:
    for limit in [-1, 0, 1, 2, 3, 5, 8]:
        s = make(kind)
        out = []
        while True:
            line = s.readline(limit)
            if not line:
                break
            out.append(line)
            if len(out) > 40:
                break
        print(kind, limit, len(out), out[:6])
    for n in [1, 2, 4, 7, 100]:
        s = make(kind)
        parts = []
        while True:
            c = s.read(n)
            if not c:
                break
            parts.append(c)
        print(kind, "read", n, len(parts), parts[:5])
