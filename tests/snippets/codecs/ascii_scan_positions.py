# Decoding finds the first byte past 0x7F in blocks of 16 bytes: a non-ASCII byte at every position of the first
# blocks, and at the end, decodes (or fails) exactly where it is.
for n in (0, 1, 15, 16, 17, 31, 32, 33, 47, 48):
    for at in sorted({0, 1, n // 2, max(n - 1, 0), n}):
        if at > n:
            continue
        data = b"a" * at + "\u00e9".encode() + b"b" * (n - at)
        text = data.decode("utf-8")
        assert text == "a" * at + "\u00e9" + "b" * (n - at), (n, at)
        try:
            data.decode("ascii")
        except UnicodeDecodeError as e:
            err = (e.start, e.end, e.reason)
        print(n, at, len(text), err, data.decode("ascii", "replace").count("\ufffd"))
for n in (0, 7, 16, 40):
    plain = bytes(range(32, 32 + n))
    print(n, plain.decode("ascii") == plain.decode("utf-8") == plain.decode("latin-1"))
print(bytes([0x7F] * 20).decode("ascii") == "\x7f" * 20)
try:
    open("a\0b")
except ValueError as e:
    print(type(e).__name__, e)
try:
    open(b"/tmp/\0")
except ValueError as e:
    print(type(e).__name__, e)
