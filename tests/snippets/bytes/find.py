def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = b'hello world'
print(b.find(b'o'), b.rfind(b'o'), b.find(b'z'), b.rfind(b'z'), b.find(b''), b.rfind(b''))
print(b.find(111), b.rfind(108), b.find(b'o', 5), b.find(b'o', 5, 7), b.rfind(b'o', 0, 5), b.find(b'l', -3))
print(b.find(b'', 11), b.find(b'', 12), b.rfind(b'', 3, 6), b.find(b'world', 6, 10), b.find(b'world', 6, 11))
print(b.index(b'w'), b.rindex(b'l'), b.index(104), bytearray(b).find(b'd'), bytearray(b).rindex(111))
print(b.find(memoryview(b'wor')), b.find(bytearray(b'or')), b.find(b'o', None, None))
t(lambda: b.index(b'z'))
t(lambda: b.rindex(b'z'))
t(lambda: b.index(b'o', 8))
t(lambda: b.find([1]))
t(lambda: b.find('o'))
t(lambda: b.find(300))
t(lambda: b.rfind())
t(lambda: b.index())
t(lambda: b.find(b'o', 1.5))
t(lambda: bytearray(b).index(b'q'))
