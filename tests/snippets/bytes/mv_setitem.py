def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


ba = bytearray(b'abcdef')
m = memoryview(ba)
m[0] = 65
m[-1] = 70
m[1:3] = b'BC'
m[3:5] = bytearray(b'DE')
print(ba, m.tobytes())
m[::2] = b'xyz'
print(ba)
m[::-1] = b'123456'
print(ba)
m[2:4] = memoryview(b'QQ')
m[0:2] = m[4:6]
print(ba)
m[:] = b'zzzzzz'
print(ba, bytes(m))
m[1:1] = b''
print(ba)
