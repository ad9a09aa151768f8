def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

inf, nan = float("inf"), float("nan")
vals = [-inf, -1e308, -1.0, -0.0, 0.0, 5e-324, 1.0, 1e308, inf, nan]
for a in vals:
    print(repr(a), "".join("<" if a < b else ">" if a > b else "=" if a == b else "?" for b in vals))
print(nan == nan, nan != nan, nan < 1, nan >= nan, [nan] == [nan], nan in [nan], (nan,) == (nan,))
print(1.0 == 1, 1.5 > 1, 0.9999999999999999 < 1, 1.0000000000000002 > 1, -0.0 == 0, 1e308 < 10**309)
print((1.5).__lt__(2), (1.5).__eq__("x"), (1.5).__ge__(1j) if False else "-", sorted([2.5, -inf, 1, True, 0.0]))
t("lt str", lambda: 1.5 < "a")
t("lt complex", lambda: 1.5 < 1j)
t("ge none", lambda: 1.5 >= None)
