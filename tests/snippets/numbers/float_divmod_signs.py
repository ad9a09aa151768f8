def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

vals = [7.5, -7.5, 0.0, -0.0, 1e-300, -1e-300, 1e300, 3.0, 0.1, float("inf"), float("-inf"), float("nan")]
divs = [2.0, -2.0, 0.3, -0.3, 1e300, float("inf"), float("-inf"), 3]
for a in vals:
    out = []
    for d in divs:
        out.append("%r/%r" % (a // d, a % d))
        assert divmod(a, d) == (a // d, a % d) or a != a or d != d or (a // d) != (a // d)
    print(repr(a), " ".join(out))
print(divmod(-7, 2.5), divmod(7.5, -2), divmod(7, 2.0), divmod(True, 0.5), 7 % -0.0 if False else "-")
for a, b in [(1, 0.0), (1.0, 0), (0.0, 0.0), (1.5, False)]:
    t(("//", a, b), lambda: a // b)
    t(("%", a, b), lambda: a % b)
    t(("divmod", a, b), lambda: divmod(a, b))
    t(("/", a, b), lambda: a / b)
t("big int", lambda: 1.0 % 10**400)
t("floordiv big", lambda: 10**400 // 3.0)
