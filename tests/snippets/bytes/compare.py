def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(b'a' == b'a', b'a' != b'b', b'a' < b'b', b'ab' < b'b', b'a' < b'ab', b'' < b'a', b'b' >= b'a', b'a' <= b'a')
print(b'\xff' > b'\x00', b'abc' > b'abd', sorted([b'b', b'a', b'ab', b'', b'\xff']))
print(b'a' == bytearray(b'a'), bytearray(b'a') == b'a', bytearray(b'a') < b'b', b'a' < bytearray(b'b'), bytearray(b'a') == bytearray(b'a'))
print(bytearray(b'ab') == memoryview(b'ab'), b'ab' == memoryview(b'ab'), memoryview(b'ab') == b'ab', bytearray(b'a') > memoryview(b'b'))
print(b'a' == 'a', b'a' != 'a', bytearray(b'a') == 'a', b'1' == 1, b'' == None, bytearray() == [])
t(lambda: b'a' < 'a')
t(lambda: b'a' < 1)
t(lambda: bytearray(b'a') < 'a')
t(lambda: b'a' >= None)
t(lambda: bytearray(b'a') <= [1])
t(lambda: memoryview(b'a') < b'b')
