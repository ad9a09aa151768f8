def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = 'héllo wörld €'.encode('utf-8')
print(b.decode(), b.decode('utf-8'), b.decode(encoding='utf-8'), b.decode('utf-8', 'strict'))
print(b'abc'.decode('ascii'), b'\xe9'.decode('latin-1'), bytearray(b'xyz').decode(), memoryview(b'q').tobytes().decode())
print(b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'), b'a\xffb'.decode('utf-8', 'backslashreplace'))
print(b'a\xffb'.decode('ascii', 'replace'), b'a\xffb'.decode('ascii', 'ignore'), repr(b'a\xffb'.decode('utf-8', 'surrogateescape')))
t(lambda: b'\xff'.decode())
t(lambda: b'\xff'.decode('ascii'))
t(lambda: b'abc\xe9'.decode('ascii'))
t(lambda: b'a'.decode(1))
t(lambda: b'a'.decode('ascii', 1))
t(lambda: b'a'.decode(foo=1))
t(lambda: b'a'.decode('no-such-codec'))
t(lambda: b'a'.decode('ascii', 'strict', 1))
t(lambda: bytearray(b'\x80').decode())
