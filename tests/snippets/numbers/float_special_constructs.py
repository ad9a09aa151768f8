def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

inf, nan = float("inf"), float("nan")
print(inf - inf, inf * 0, inf / inf, nan + 1, -inf, abs(-inf), inf > 10**400, -inf < -10**400)
print(float("inf") == float("Infinity"), float("-nan") != float("-nan"), str(-nan), repr(-inf), str(inf))
print(int(1e300) == 10**300, int(1e300) % 1000, int(-1.9), int(1.9), int(-0.0), int(5e-324))
print(type(inf).__name__, inf.is_integer(), (-0.0).is_integer(), nan.__eq__(nan), inf.__eq__(inf))
print(round(inf, 0), round(-inf, 5), round(nan, 2), inf // 1, inf % 1 if False else "-", divmod(5.0, inf), divmod(-5.0, inf))
t("inf mod", lambda: inf % 1)
t("mod inf", lambda: 5.0 % -inf)
t("floordiv nan", lambda: nan // 1)
