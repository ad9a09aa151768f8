def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(bool(b''), bool(b'\x00'), bool(bytearray()), bool(bytearray(1)), bool(memoryview(b'')), bool(memoryview(b'x')))
print(len(b'abc'), len(bytearray(5)), len(memoryview(b'abcd').cast('H')), len(memoryview(b'ab').cast('B', [1, 2])))
print(not b'', b'' or b'default', bytearray(b'x') and 'yes', [x for x in (b'', b'a', bytearray(), bytearray(b'b')) if x])
m = memoryview(b'x')
m.release()
t(lambda: bool(m))
if b'x':
    print('truthy bytes')
while bytearray():
    print('never')
