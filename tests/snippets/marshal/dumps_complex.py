import marshal
for v in (0j, 1j, 1 + 2j, -1.5 - 0.5j, -1j, 1e300j):
    d = marshal.dumps(v)
    print(repr(v), d)
    r = marshal.loads(d)
    print(r.real == v.real and r.imag == v.imag, type(r).__name__)
for ver in range(5):
    print(ver, marshal.dumps(2.5 + 0.1j, ver))
