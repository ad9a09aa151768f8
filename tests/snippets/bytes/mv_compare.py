def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


a = memoryview(b'abc')
print(a == b'abc', a == bytearray(b'abc'), a == memoryview(b'abc'), a != b'abd', a == b'ab', a == a, b'abc' == a)
print(a == 'abc', a == [97, 98, 99], a != None, a == 1)
h = memoryview(b'\x01\x00\x02\x00').cast('H')
print(h == memoryview(b'\x01\x00\x02\x00'), h == memoryview(b'\x01\x00\x02\x00').cast('H'), h.tolist())
print(memoryview(b'\x01\x02').cast('b') == memoryview(b'\x01\x02'), memoryview(b'ab').cast('c') == memoryview(b'ab'))
print(memoryview(b'abcd')[::2] == b'ac', memoryview(b'abcd')[::-1] == b'dcba', memoryview(b'') == b'')
x = memoryview(b'abcdef').cast('B', [2, 3])
print(x == memoryview(b'abcdef').cast('B', [2, 3]), x == memoryview(b'abcdef').cast('B', [3, 2]), x == b'abcdef')
t(lambda: a < a)
t(lambda: a <= b'abc')
t(lambda: a > 1)
t(lambda: b'a' >= memoryview(b'a'))
