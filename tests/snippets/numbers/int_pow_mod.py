def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

cases = [(2, 10, 1000), (3, 200, 13), (-2, 3, 5), (2, 3, -5), (-2, 3, -5), (2, -1, 7), (3, -2, 11),
         (2, 0, 1), (2, 0, -1), (0, 0, 5), (10**30, 10**20, 97), (2, -1, 1), (5, -3, -7), (True, 5, 3)]
for b, e, m in cases:
    t((b, e, m), lambda: pow(b, e, m))
t("not invertible", lambda: pow(2, -1, 4))
t("mod zero", lambda: pow(2, 3, 0))
t("float base", lambda: pow(2.0, 3, 5))
t("float mod", lambda: pow(2, 3, 5.0))
t("complex mod", lambda: pow(2, 3, 1j))
t("str mod", lambda: pow(2, 3, "x"))
t("kw", lambda: pow(base=2, exp=5, mod=3))
t("None mod", lambda: pow(2, 5, None))
t("dunder", lambda: (2).__pow__(10, 7))
t("rdunder", lambda: (10).__rpow__(2, 7))
t("dunder None", lambda: (2).__pow__(3, None))
t("dunder 0 args", lambda: (2).__pow__())
t("float dunder", lambda: (2.0).__pow__(3, 5))
t("complex dunder", lambda: (2j).__pow__(3, 5))
