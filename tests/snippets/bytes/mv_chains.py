def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


ba = bytearray(range(16))
m = memoryview(ba)
h = m.cast('H')
s = h[1::2]
print(s.tolist(), s.obj is ba, s.strides, s.nbytes, s.c_contiguous)
s[0] = 0xFFFF
print(ba[:8].hex(), h.tolist()[:2])
t(lambda: s.cast('B'))
g = m[4:12].cast('I')
print(g.tolist(), g.obj is ba)
g[1] = 1
print(ba[8:12])
for v in (m, h, s, g):
    v.release()
ba.extend(b'ok')
print(len(ba), ba[-2:])
ro = memoryview(bytes(8)).cast('q')
t(lambda: ro.__setitem__(0, 1))
print(ro.tolist(), ro.readonly, ro.toreadonly().readonly, memoryview(ro).cast('B').readonly)
