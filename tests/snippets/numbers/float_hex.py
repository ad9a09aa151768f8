def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for v in [0.0, -0.0, 1.0, -1.5, 0.1, 3.0, 1e300, 1e-300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          float("inf"), float("-inf"), float("nan"), 0.5, 1023.75, 2.0 ** -1023]:
    print(repr(v), v.hex())
t("hex arg", lambda: (1.5).hex(1))
class F(float): pass
print(F(2.5).hex())
