def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = bytes(range(16))
m = memoryview(b)
h = m.cast('H')
print(h.format, h.itemsize, h.nbytes, h.shape, h.strides, len(h), h.tolist())
print(m.cast('I').tolist(), m.cast('Q').tolist(), m.cast('b').tolist()[:4], m.cast('c').tolist()[:3])
print(m.cast('h')[1], m.cast('i')[-1], m.cast('@B').format, m.cast('L').format, m.cast('?').tolist()[:3])
back = h.cast('B')
print(back.format, back.tolist() == list(b), h.cast('c')[0])
neg = memoryview(b'\xff\xff\xff\xff\x00\x00\x00\x80')
print(neg.cast('b').tolist(), neg.cast('h').tolist(), neg.cast('i').tolist(), neg.cast('q').tolist(), neg.cast('Q').tolist())
print(neg.cast('n').tolist(), neg.cast('N').tolist(), neg.cast('l').tolist(), neg.cast('L').tolist())
t(lambda: m.cast('x'))
t(lambda: m.cast('BB'))
t(lambda: m.cast('<H'))
t(lambda: m.cast(1))
t(lambda: memoryview(b'abc').cast('H'))
t(lambda: h.cast('I'))
t(lambda: m[::2].cast('B'))
t(lambda: m.cast())
t(lambda: m.cast('B', 1))
t(lambda: m.cast('\xe9'))
t(lambda: m.cast(fmt='B'))
