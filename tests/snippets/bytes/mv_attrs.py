def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


m = memoryview(b'abcdef')
print(m.obj, m.nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.suboffsets)
print(m.c_contiguous, m.f_contiguous, m.contiguous, len(m), type(m).__name__)
w = memoryview(bytearray(b'xyz'))
print(w.obj, w.readonly, w.format, w.shape, len(w))
s = m[::2]
print(s.shape, s.strides, s.nbytes, s.c_contiguous, s.f_contiguous, s.contiguous, s.obj is m.obj)
e = m[3:3]
print(e.shape, e.nbytes, e.c_contiguous, e.tobytes(), len(e))
t(lambda: memoryview(1))
t(lambda: memoryview('a'))
t(lambda: memoryview())
t(lambda: memoryview(b'a', b'b'))
t(lambda: memoryview(object=b'kw').tobytes())
t(lambda: memoryview(obj=b'a'))
t(lambda: memoryview(None))
t(lambda: memoryview([1, 2]))
