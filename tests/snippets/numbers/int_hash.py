def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

vals = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1), 2**62, 2**63 - 1, -2**63, 2**64, 10**30, -(10**30), 2**122]
for v in vals:
    print(v, hash(v), hash(v) == hash(float(v)) if abs(v) < 2**1000 else None)
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True) == hash(1 + 0j))
class I(int): pass
print(hash(I(-1)), hash(I(2**61 + 5)))
print((5).__hash__(), (-1).__hash__())
