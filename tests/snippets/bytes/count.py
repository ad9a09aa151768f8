def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = b'abcabcabc'
print(b.count(b'abc'), b.count(b'a'), b.count(97), b.count(b''), b.count(b'x'), b.count(b'bca'))
print(b.count(b'a', 1), b.count(b'a', 1, 4), b.count(b'a', -3), b.count(b'a', None, 3), b.count(b'', 2, 5))
print(b.count(b'', 10), b.count(b'', 9), b.count(b'a', 100), b.count(b'aa'), b'aaaa'.count(b'aa'))
print(b.count(bytearray(b'bc')), b.count(memoryview(b'c')), bytearray(b).count(b'b'), bytearray(b).count(98))
print(b.count(b'a', -100, 100), b.count(b'a', 2**70), b.count(b'a', -2**70))
t(lambda: b.count())
t(lambda: b.count('a'))
t(lambda: b.count(256))
t(lambda: b.count(-1))
t(lambda: b.count(1.5))
t(lambda: b.count(b'a', 1, 2, 3))
t(lambda: b.count(b'a', 'x'))
t(lambda: b.count(b'a', start=1))
t(lambda: bytearray(b).count([1]))
