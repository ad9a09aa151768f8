def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = b'hello'
m1 = memoryview(b)
m2 = memoryview(m1)
print(m2.obj is b, m2.tobytes(), m2 is m1, m1[1:].obj is b)
m3 = memoryview(m1[1:4])
print(m3.tobytes(), m3.shape, m3.obj is b)
ro = memoryview(bytearray(b'rw')).toreadonly()
print(ro.readonly, ro.tobytes(), memoryview(ro).readonly)
t(lambda: ro.__setitem__(0, 1))
c = m1.cast('c')
print(memoryview(c).format, memoryview(c).tolist())
m1.release()
t(lambda: memoryview(m1))
print(m2.tobytes(), m3.tobytes())
ba = bytearray(b'abc')
v = memoryview(ba)
v2 = memoryview(v)
v2[0] = 122
print(ba, v.obj is ba, v2.obj is ba)
