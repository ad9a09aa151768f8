def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(b'42'.zfill(5), b'-42'.zfill(5), b'+42'.zfill(5), b'abc'.zfill(2), b''.zfill(3), b'-'.zfill(3))
print(b'--1'.zfill(5), b'1-'.zfill(4), bytearray(b'7').zfill(3), bytearray(b'-7').zfill(1), b'12'.zfill(-1))
t(lambda: b'1'.zfill('a'))
t(lambda: b'1'.zfill())
t(lambda: b'1'.zfill(1, 2))
t(lambda: b'1'.zfill(width=3))
