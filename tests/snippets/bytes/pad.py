def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = b'abc'
print(b.center(7), b.center(8), b.center(7, b'*'), b.center(2), b.center(-1), b'ab'.center(5, b'.'), b'ab'.center(6, b'.'))
print(b.ljust(6), b.ljust(6, b'-'), b.rjust(6), b.rjust(6, b'0'), b.ljust(1), b.rjust(0))
print(b.center(5, bytearray(b'#')), bytearray(b).center(5), bytearray(b).ljust(4, b'!'), bytearray(b).rjust(4, bytearray(b'?')))
print(b.center(3) is b, b''.center(3, b'x'), b'a'.center(4), b'abc'.center(6))
t(lambda: b.center())
t(lambda: b.center(5, 'x'))
t(lambda: b.center(5, b'xy'))
t(lambda: b.center(5, memoryview(b'x')))
t(lambda: b.center(1.5))
t(lambda: b.center(5, b'x', 1))
t(lambda: b.ljust(5, 1))
t(lambda: b.rjust(width=5))
t(lambda: b.ljust('5'))
