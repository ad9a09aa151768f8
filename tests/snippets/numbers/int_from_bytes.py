def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

print(int.from_bytes(b'\x00\x10'), int.from_bytes(b'\x00\x10', 'little'))
print(int.from_bytes(b'\xff', signed=True), int.from_bytes(b'\xff'))
print(int.from_bytes(b'\xff\x7f', 'little', signed=True))
print(int.from_bytes(b''), int.from_bytes(b'', signed=True))
print(int.from_bytes([1, 2, 3]), int.from_bytes((255, 0), 'little'))
print(int.from_bytes(b'\x01' * 20))
print(int.from_bytes(bytes=b'\x05', byteorder='big'))
print(bool.from_bytes(b'\x01'), bool.from_bytes(b'\x00'))
class I(int):
    def __repr__(self):
        return "I(%d)" % self
print(repr(I.from_bytes(b'\x07')), type(I.from_bytes(b'\x07')).__name__)
print(int.from_bytes(iter([9])))
