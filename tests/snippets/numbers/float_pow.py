def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

cases = [(2.0, 0.5), (4, 0.5), (-8.0, 1 / 3), (-8, 1 / 3), (-2.0, 0.5), (-1.0, 0.5), (-2.0, 3.0), (-2.0, -3.0),
         (0.0, 0.0), (0.0, 1.0), (-0.0, 3.0), (-0.0, 2.0), (0.0, -1.0), (-0.0, -3.0), (0.0, -0.5), (1.0, float("nan")),
         (float("nan"), 0.0), (float("nan"), 1.0), (2.0, float("nan")), (-1.0, float("inf")), (0.5, float("inf")),
         (2.0, float("inf")), (0.5, float("-inf")), (2.0, float("-inf")), (float("inf"), 2.0), (float("-inf"), 3.0),
         (float("-inf"), -3.0), (float("-inf"), -2.0), (float("-inf"), 0.5), (10.0, 308), (10.0, 309), (10.0, -400),
         (1e-300, 2), (-2.0, 1e300), (-2.0, -1e300), (2.0, 1023.5), (1.0000001, 1e10), (-10.0, 309.0), (7.0, -2),
         (2, -1), (0, -1), (3, 2.0), (10**400, 0.5), (1.5, 10**400), (1.0, 10**400), (-1.0, 2**70 + 1)]
for a, b in cases:
    t((a, b), lambda: a ** b)
t("pow3", lambda: pow(2.0, 2.0, 3.0))
t("dunder", lambda: (2.0).__pow__(0.5))
t("rdunder", lambda: (0.5).__rpow__(4.0))
t("rdunder neg", lambda: (0.5).__rpow__(-4.0))
try:
    10.0 ** 400
except OverflowError as e:
    print(e.args, str(e))
