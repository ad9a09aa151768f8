def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = b'hello world'
print(b.startswith(b'hell'), b.startswith(b'world'), b.endswith(b'world'), b.endswith(b'hello'))
print(b.startswith(b'world', 6), b.startswith(b'wor', 6, 8), b.startswith(b'wor', 6, 9), b.endswith(b'lo', 0, 5))
print(b.startswith(b''), b.startswith(b'', 11), b.startswith(b'', 12), b.endswith(b'', 12), b.endswith(b'', 5, 3))
print(b.startswith((b'x', b'he')), b.endswith((b'x', b'y')), b.startswith(()), b.endswith((bytearray(b'ld'),)))
print(b.startswith(memoryview(b'he')), bytearray(b).startswith(b'h'), bytearray(b).endswith(bytearray(b'd')))
print(b.startswith(b'h', -11), b.endswith(b'd', -1), b.startswith(b'o', -7, -5))
t(lambda: b.startswith('a'))
t(lambda: b.startswith(('a',)))
t(lambda: b.startswith((b'a', 1)))
t(lambda: b.startswith())
t(lambda: b.endswith(1))
t(lambda: b.endswith(b'x', 'a'))
t(lambda: b.startswith(b'h', 0, 1, 2))
t(lambda: bytearray(b).startswith([104]))
