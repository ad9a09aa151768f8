def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = b'abcdef'
print(b[0], b[-1], b[5], b[-6], type(b[0]), bytearray(b)[2], bytearray(b)[-2])
class I:
    def __index__(self):
        return 1
print(b[I()], b[True], bytearray(b)[I()])
t(lambda: b[6])
t(lambda: b[-7])
t(lambda: b['x'])
t(lambda: b[1.5])
t(lambda: b[2**70])
t(lambda: b[None])
t(lambda: bytearray(b)[6])
t(lambda: bytearray(b)['x'])
t(lambda: bytearray(b)[-2**70])
t(lambda: b''[0])
