print(bytes(), bytes(0), bytes(5))
print(bytes([0, 1, 127, 128, 255]), bytes((65, 66)), bytes(range(97, 101)))
print(bytes(x for x in [104, 105]), bytes(b'copy'), bytes(bytearray(b'ba')), bytes(memoryview(b'mv')))
print(bytes(source=b'kw'), bytes({1: 'a', 2: 'b'}), bytes(True), bytes(False))
print(type(bytes()), bytes() is bytes(), len(bytes(1000)))
class I:
    def __index__(self):
        return 3
print(bytes(I()))
print(bytes(iter([1, 2, 3])), bytes(list(b'xyz')))
