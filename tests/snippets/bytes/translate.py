def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


table = bytes.maketrans(b'abc', b'xyz')
print(len(table), table[97:100], type(table), bytearray.maketrans(b'a', b'b')[97])
b = b'aabbccdd'
print(b.translate(table), b.translate(table, b'd'), b.translate(None, b'ab'), b.translate(None))
print(b.translate(table, delete=b'a'), bytearray(b).translate(table), bytearray(b).translate(None, b'c'))
print(b.translate(bytearray(table)), b.translate(memoryview(table)), b''.translate(table))
print(bytes.maketrans(b'', b'') == bytes(range(256)), bytes.maketrans(bytearray(b'a'), memoryview(b'b'))[97])
s = b'same'
print(s.translate(None) is s, b.maketrans(b'q', b'r')[113])
t(lambda: b.translate(b'abc'))
t(lambda: b.translate(1))
t(lambda: b.translate(None, 'a'))
t(lambda: b.translate())
t(lambda: b.translate(table=None))
t(lambda: bytes.maketrans(b'a', b'bc'))
t(lambda: bytes.maketrans('a', 'b'))
t(lambda: bytes.maketrans(b'a'))
t(lambda: bytes.maketrans(b'a', b'b', b'c'))
