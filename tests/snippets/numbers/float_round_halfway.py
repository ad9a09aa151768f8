def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

vals = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.125, 0.375, 2.675, 1.005, 0.285, 1.115, 5.015, 2.5e-5, 1234.5678,
        1e15 + 0.5, 4503599627370497.0, 0.045, 1.25, 1.35, 2.345, 123456.789]
for v in vals:
    print(repr(v), round(v), [round(v, n) for n in (0, 1, 2, 3, -1, -2)])
print(round(1e308, -308), round(-1e308, -308), round(5e-324, 323), round(5e-324, 400), round(1.5, 10**20))
print(round(123.456, -10**18), round(-123.456, -400), round(0.0, 3), round(-0.0, 3), round(-0.4), round(-0.4, 0))
print(round(float("inf"), 2), round(float("-inf"), -2), round(float("nan"), 1))
t("overflow", lambda: round(1.7976931348623157e308, -308))
t("inf int", lambda: round(float("inf")))
t("nan int", lambda: round(float("nan")))
t("nd float", lambda: round(2.5, 1.0))
t("nd str", lambda: round(2.5, "1"))
t("method None", lambda: (2.5).__round__(None))
t("method 2", lambda: (2.5).__round__(1, 2))
