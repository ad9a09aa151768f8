def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


m = memoryview(bytearray(b'abcd'))
r = memoryview(b'abcd')
t(lambda: r.__setitem__(0, 1))
t(lambda: r.__setitem__(slice(0, 1), b'x'))
t(lambda: m.__setitem__(0, 256))
t(lambda: m.__setitem__(0, -1))
t(lambda: m.__setitem__(0, b'a'))
t(lambda: m.__setitem__(0, 1.5))
t(lambda: m.__setitem__(0, 'a'))
t(lambda: m.__setitem__(4, 1))
t(lambda: m.__setitem__(slice(0, 2), b'xyz'))
t(lambda: m.__setitem__(slice(0, 2), 'xy'))
t(lambda: m.__setitem__(slice(0, 2), 5))
t(lambda: m.__setitem__(slice(0, 2), memoryview(b'abcd').cast('H')[:1]))
t(lambda: m.__setitem__('a', 1))
t(lambda: m.__delitem__(0))
t(lambda: r.__delitem__(0))
t(lambda: m.__setitem__((0,), 1))
print(m.tobytes())
