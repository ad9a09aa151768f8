def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = b'prefix-body-suffix'
print(b.removeprefix(b'prefix-'), b.removesuffix(b'-suffix'), b.removeprefix(b'x'), b.removesuffix(b'x'))
print(b.removeprefix(b''), b.removesuffix(b''), b.removeprefix(b), b'ab'.removeprefix(b'abc'))
print(b.removeprefix(bytearray(b'pre')), b.removesuffix(memoryview(b'fix')), bytearray(b'abc').removeprefix(b'a'))
print(b.removeprefix(b'z') is b, type(bytearray(b'abc').removesuffix(b'z')))
t(lambda: b.removeprefix('p'))
t(lambda: b.removesuffix(1))
t(lambda: b.removeprefix())
t(lambda: b.removeprefix(prefix=b'p'))
