def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = b'hello'
print(104 in b, 120 in b, b'ell' in b, b'' in b, b'hello!' in b, bytearray(b'll') in b, memoryview(b'lo') in b)
print(108 in bytearray(b), b'he' in bytearray(b), 0 in b'\x00', 255 in b'\xff', True in b'\x01')
class I:
    def __index__(self):
        return 101
print(I() in b)
t(lambda: 'h' in b)
t(lambda: 256 in b)
t(lambda: -1 in b)
t(lambda: 1.5 in b)
t(lambda: None in b)
t(lambda: [104] in bytearray(b))
t(lambda: 2**70 in b)
