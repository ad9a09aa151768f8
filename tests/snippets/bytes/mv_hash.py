def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


m = memoryview(b'abc')
print(hash(m) == hash(b'abc'), hash(m[::-1]) == hash(b'cba'), hash(memoryview(b'')) == hash(b''))
print(hash(m.cast('c')) == hash(b'abc'), hash(m.cast('b')) == hash(b'abc'), {m: 1}[memoryview(b'abc')])
t(lambda: hash(memoryview(bytearray(b'x'))))
t(lambda: hash(memoryview(b'abcd').cast('H')))
t(lambda: hash(memoryview(b'abcd').cast('f')))
r = memoryview(bytearray(b'ro')).toreadonly()
print(hash(r) == hash(b'ro'), r.readonly)
