def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = b'a\nb\r\nc\rd\n\ne'
print(b.splitlines(), b.splitlines(True), b.splitlines(keepends=True), b.splitlines(False))
print(b''.splitlines(), b'\n'.splitlines(), b'\n'.splitlines(True), b'x\n'.splitlines(), b'\r\n\r'.splitlines(1))
print(b'a\x0bb\x0cc\x1cd'.splitlines(), bytearray(b).splitlines(), bytearray(b'q\r').splitlines(True))
t(lambda: b.splitlines('x'))
t(lambda: b.splitlines(1.5))
t(lambda: b.splitlines(keepends=None))
t(lambda: b.splitlines(1, 2))
t(lambda: b.splitlines(keep=1))
