def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


ba = bytearray(b'0123456789')
ba[::2] = b'abcde'
print(ba)
ba[1::2] = [65, 66, 67, 68, 69]
print(ba)
ba[::-3] = b'WXYZ'
print(ba)
ba[8:2:-2] = b'!!!'
print(ba)
ba[::1] = b'plain'
print(ba)
t(lambda: ba.__setitem__(slice(None, None, 2), b'x'))
t(lambda: ba.__setitem__(slice(None, None, -1), b'xy'))
t(lambda: ba.__setitem__(slice(None, None, 0), b'x'))
ba = bytearray(b'0123456789')
ba[::3] = b''
print(ba)
ba = bytearray(b'0123456789')
del ba[::-2]
print(ba)
ba[5:1:-1] = []
print(ba)
