def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


raw = b'\x00\x00\x00\x00\x00\x00\xf8?\x00\x00\x00\x00\x00\x00\x02\xc0\x00\x00\x00?'
m = memoryview(raw)
d = m[:16].cast('d')
print(d.tolist(), d.format, d.itemsize, d[1])
print(m[16:].cast('f').tolist())
t(lambda: m.cast('e'))
ba = bytearray(16)
w = memoryview(ba).cast('d')
w[0] = 3.25
w[1] = 7
print(w.tolist(), ba.hex())
t(lambda: w.__setitem__(0, 'x'))
t(lambda: w.__setitem__(0, None))
f = memoryview(bytearray(4)).cast('f')
f[0] = 1.0
t(lambda: f.__setitem__(0, 1e300))
print(f.tolist())
q = memoryview(bytearray(8)).cast('q')
q[0] = -2**63
print(q.tolist())
t(lambda: q.__setitem__(0, 2**63))
Q = memoryview(bytearray(8)).cast('Q')
Q[0] = 2**64 - 1
print(Q.tolist())
t(lambda: Q.__setitem__(0, -1))
bl = memoryview(bytearray(2)).cast('?')
bl[0] = 5
bl[1] = []
print(bl.tolist(), bytes(bl))
c = memoryview(bytearray(2)).cast('c')
c[0] = b'A'
print(c.tolist())
t(lambda: c.__setitem__(1, b'AB'))
t(lambda: c.__setitem__(1, 65))
h = memoryview(bytearray(4)).cast('h')
h[0] = -32768
t(lambda: h.__setitem__(1, 32768))
print(h.tolist())
