def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = b'a,b,,c,'
print(b.split(b','), b.split(b',', 1), b.split(b',', 0), b.rsplit(b','), b.rsplit(b',', 2))
print(b.split(b',,'), b.split(b'x'), b''.split(b','), b''.rsplit(b','), b'aaa'.split(b'aa'), b'aaa'.rsplit(b'aa'))
print(b.split(bytearray(b',')), b.split(memoryview(b',')), bytearray(b).split(b','), bytearray(b).rsplit(b',', 1))
print(b.split(sep=b','), b.split(b',', maxsplit=-5), b.rsplit(sep=b',', maxsplit=1))
t(lambda: b.split(b''))
t(lambda: b.split(','))
t(lambda: b.split(1))
t(lambda: b.split(maxsplit=1.5))
t(lambda: b.split(maxsplit=2**70))
t(lambda: b.split(b',', 1, 2))
t(lambda: b.split(foo=1))
t(lambda: b.rsplit(b''))
t(lambda: b.split(b',', maxsplit='1'))
t(lambda: b.split(b',', sep=b','))
