def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


ba = bytearray(b'ab')
orig = ba
ba += b'cd'
ba += bytearray(b'ef')
ba += memoryview(b'gh')
print(ba, ba is orig)
ba *= 2
print(ba, ba is orig)
ba *= 1
print(ba)
ba *= 0
print(ba, ba is orig)
ba = bytearray(b'x')
ba *= -3
print(ba)
ba = bytearray(b'xy')
ba += ba
print(ba)
b = b'im'
b2 = b
b += b'mut'
print(b, b2, b is b2)
b *= 2
print(b)
def f():
    x = bytearray(b'a')
    x += 'a'
t(f)
def g():
    x = bytearray(b'a')
    x += 1
t(g)
def h():
    x = bytearray(b'a')
    x *= 1.5
t(h)
def k():
    x = b'a'
    x += 'b'
t(k)
