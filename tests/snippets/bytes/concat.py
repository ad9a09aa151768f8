def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(b'ab' + b'cd', b'ab' + bytearray(b'cd'), b'ab' + memoryview(b'cd'), bytearray(b'ab') + b'cd')
print(bytearray(b'ab') + bytearray(b'cd'), bytearray(b'ab') + memoryview(b'x'), b'' + b'', bytearray() + b'')
x = b'keep'
print(x + b'' is x, b'' + x is x, type(b'a' + bytearray(b'b')).__name__, type(bytearray(b'a') + b'b').__name__)
t(lambda: b'a' + 'b')
t(lambda: b'a' + 1)
t(lambda: 'a' + b'a')
t(lambda: bytearray(b'a') + 'a')
t(lambda: b'a' + [1])
t(lambda: memoryview(b'a') + b'b')
t(lambda: 1 + b'a')
t(lambda: b'a' + None)
