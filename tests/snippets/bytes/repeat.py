def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(b'ab' * 3, 3 * b'ab', b'ab' * 0, b'ab' * -1, b'' * 5, b'x' * 1, bytearray(b'ab') * 2, 2 * bytearray(b'z'))
x = b'same'
print(x * 1 is x, type(bytearray(b'q') * 1).__name__, len(b'abc' * 1000))
class I:
    def __index__(self):
        return 2
print(b'ab' * I(), bytearray(b'c') * I(), b'x' * True)
t(lambda: b'a' * 1.5)
t(lambda: b'a' * 'b')
t(lambda: b'a' * b'b')
t(lambda: bytearray(b'a') * 1.5)
t(lambda: b'ab' * 2**62)
t(lambda: b'ab' * 2**70)
t(lambda: memoryview(b'a') * 2)
