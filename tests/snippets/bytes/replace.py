def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = b'one two one two'
print(b.replace(b'one', b'1'), b.replace(b'one', b'1', 1), b.replace(b'one', b'1', 0), b.replace(b'one', b'1', -1))
print(b.replace(b'x', b'y'), b.replace(b' ', b''), b.replace(b'o', b'oo'), b'aaa'.replace(b'a', b'b', 2))
print(b'abc'.replace(b'', b'-'), b'abc'.replace(b'', b'-', 2), b''.replace(b'', b'x'), b''.replace(b'a', b'b'))
print(b.replace(bytearray(b'two'), memoryview(b'2')), bytearray(b).replace(b'one', b''), b'aaaa'.replace(b'aa', b'b'))
s = b'keep'
print(s.replace(b'z', b'y') is s, type(bytearray(b'x').replace(b'z', b'y')))
t(lambda: b.replace('a', 'b'))
t(lambda: b.replace(b'a'))
t(lambda: b.replace(b'a', 1))
t(lambda: b.replace(b'a', b'b', 1.5))
t(lambda: b.replace(b'a', b'b', 2**70))
t(lambda: b.replace(b'a', b'b', 1, 2))
t(lambda: b.replace(old=b'a', new=b'b'))
