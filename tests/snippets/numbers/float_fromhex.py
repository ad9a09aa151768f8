def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for s in ["0x1.8p1", "0X1.8P+1", "1", "-0x1p-2", "  0x1.0p0  ", "0x.8", "0x8.", "0x1.fffffffffffffp1023",
          "0x1p-1074", "0x1p-1075", "0x3p-1076", "0x1.0000000000001p0", "0x1.00000000000008p0", "0x1.00000000000018p0",
          "0x1.000000000000080000001p0", "inf", "-Infinity", "nan", "+nAn", "0x0p99999999999999", "0x1p-99999999999",
          "0x1234567890abcdefp-10", "1p1", "a", "0x0.0000000000001p-1022", "0x1.fffffffffffff7p1023"]:
    t(s, lambda: float.fromhex(s))
for s in ["", "0x", "x1", "0x1p", "0x1p+", "0x1.p1.", "1e5", "0x1 p1", "infi", "--1", "0x1.8p1j", "0x1_0"]:
    t(repr(s), lambda: float.fromhex(s))
t("overflow", lambda: float.fromhex("0x1p1024"))
t("overflow round", lambda: float.fromhex("0x1.fffffffffffff8p1023"))
t("not str", lambda: float.fromhex(1.0))
class F(float):
    def __repr__(self):
        return "F(%s)" % float.__repr__(self)
print(repr(F.fromhex("0x1p3")), type(F.fromhex("0x1p3")).__name__)
print(all(float.fromhex(x.hex()) == x for x in [0.1 * k for k in range(200)]))
