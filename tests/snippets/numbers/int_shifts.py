def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for a in [0, 1, -1, 5, -5, 2**62, -2**63, 2**100, -(2**100) - 1]:
    print(a, [a << s for s in (0, 1, 2, 63, 64, 65)], [a >> s for s in (0, 1, 2, 63, 64, 100, 1000)])
print(1 << 200, -1 >> 10**20, 5 >> 10**20, 0 << 10**20)
t("neg lshift", lambda: 1 << -1)
t("neg rshift", lambda: 1 >> -1)
t("big neg shift", lambda: 1 >> -(2**70))
t("float shift", lambda: 1 << 1.0)
