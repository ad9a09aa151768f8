def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


m = memoryview(b'abc')
it = iter(m)
print(type(it).__name__, next(it), list(it), list(it))
print(list(memoryview(b'\x01\x00\x02\x00').cast('H')), list(memoryview(b'ab').cast('c')), [x for x in memoryview(b'xy')[::-1]])
print(97 in memoryview(b'abc'), 100 in memoryview(b'abc'), b'a' in memoryview(b'abc').cast('c'), sum(memoryview(b'\x01\x02')))
print(list(reversed(memoryview(b'abc'))), sorted(memoryview(b'cab')), max(memoryview(b'az')))
t(lambda: iter(memoryview(b'abcd').cast('B', [2, 2])))
t(lambda: iter(memoryview(b'a').cast('B', [])))
