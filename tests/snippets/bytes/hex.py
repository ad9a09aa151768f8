def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = bytes(range(0, 256, 17))
print(b.hex(), b''.hex(), b'\x00\x01'.hex(), bytearray(b'\xab\xcd').hex(), memoryview(b'\x12').hex())
print(b.hex(':'), b.hex(' ', 2), b.hex('-', -2), b.hex(b'_', 3), b.hex(':', -3), b.hex(':', 0), b.hex(sep='|'))
print(b'\x01\x02\x03\x04\x05'.hex(':', 2), b'\x01\x02\x03\x04\x05'.hex(':', -2), b'\x01'.hex(':', 5))
print(b.hex(sep=',', bytes_per_sep=4), bytearray(b).hex('.', 1), memoryview(b).hex(':', 2))
t(lambda: b'a'.hex(1))
t(lambda: b'a'.hex('ab'))
t(lambda: b'a'.hex('\xe9'))
t(lambda: b'a'.hex(b'xy'))
t(lambda: b'a'.hex(':', 'x'))
t(lambda: b'a'.hex(':', 1, 2))
t(lambda: b'a'.hex(bad=1))
t(lambda: b'ab'.hex('', 1))
