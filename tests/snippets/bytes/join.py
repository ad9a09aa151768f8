def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(b','.join([b'a', b'b', b'c']), b''.join([]), b'-'.join([b'x']), b'..'.join((b'1', b'2')))
print(b','.join([bytearray(b'a'), memoryview(b'b'), b'c']), b', '.join(x for x in [b'p', b'q']))
print(bytearray(b'+').join([b'1', b'2']), type(bytearray(b'+').join([])), bytearray().join([bytearray(b'z')]))
x = b'solo'
print(b','.join([x]) is x, b''.join(iter([b'i', b't'])), b'|'.join(b'ab'.split(b'x')))
t(lambda: b','.join([1]))
t(lambda: b','.join(['a']))
t(lambda: b','.join([b'a', 'b']))
t(lambda: b','.join(1))
t(lambda: b','.join())
t(lambda: b','.join([b'a'], 1))
t(lambda: bytearray(b',').join([b'a', 2]))
t(lambda: b','.join(iterable_of_bytes=[b'a']))
