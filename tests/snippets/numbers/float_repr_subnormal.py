def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

tiny = 5e-324
vals = [tiny * k for k in (1, 2, 3, 7, 100, 12345, 2**20, 2**40, 2**51, 2**52 - 1, 2**52)]
for v in vals:
    print(repr(v), v.hex(), float.fromhex(v.hex()) == v, float(repr(v)) == v)
x = 2.2250738585072014e-308
for k in range(1, 12):
    x /= 3
    print(repr(x), repr(-x), x.hex())
print(repr(2.4703282292062327e-324), repr(2.4703282292062328e-324), float("1e-400"), float("-1e-400"))
