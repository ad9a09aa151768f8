def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(bytes.fromhex(''), bytes.fromhex('00ff'), bytes.fromhex('DEADbeef'), bytes.fromhex(' 01 02  03 '))
print(bytes.fromhex('0a\t0b\n0c\r0d\x0b0e\x0c'), bytearray.fromhex('41 42'), type(bytearray.fromhex('')))
print(b'x'.fromhex('30'), bytearray(b'x').fromhex('31'))
t(lambda: bytes.fromhex('zz'))
t(lambda: bytes.fromhex('a'))
t(lambda: bytes.fromhex('0 1'))
t(lambda: bytes.fromhex('abc'))
t(lambda: bytes.fromhex('12 3g'))
t(lambda: bytes.fromhex('é1'))
t(lambda: bytes.fromhex(b'aa'))
t(lambda: bytes.fromhex(None))
t(lambda: bytes.fromhex())
t(lambda: bytes.fromhex('00', '11'))
t(lambda: bytearray.fromhex('0x'))
t(lambda: bytes.fromhex('\u00a000'))
