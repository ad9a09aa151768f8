def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


m = memoryview(b'\x01\x02\x03\x04')
print(m.hex(), m.hex(':'), m.hex(' ', 2), m.hex('-', -3), m[::-1].hex(), m.cast('H').hex(), memoryview(b'').hex())
print(m.hex(sep=b'/'), m.hex(bytes_per_sep=2, sep='.'))
t(lambda: m.hex('::'))
t(lambda: m.hex(1))
t(lambda: m.hex(':', 'a'))
