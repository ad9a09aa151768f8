def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for v in [0.0, -0.0, 1.0, 0.5, -0.75, 0.1, 1e100, 1e-10, 5e-324, 1.7976931348623157e308, 3.0, 2.0 ** 60, 123.125]:
    n, d = v.as_integer_ratio()
    print(repr(v), n, d, n / d == v)
t("inf", lambda: float("inf").as_integer_ratio())
t("-inf", lambda: float("-inf").as_integer_ratio())
t("nan", lambda: float("nan").as_integer_ratio())
t("arg", lambda: (1.5).as_integer_ratio(1))
print([x.is_integer() for x in (0.0, -0.0, 1.0, 1.5, 1e300, float("inf"), float("nan"), -3.0, 5e-324)])
t("is_integer arg", lambda: (1.0).is_integer(1))
print((2.5).conjugate(), (2.5).real, (2.5).imag, type((2.5).imag).__name__, (-0.0).conjugate())
class F(float): pass
print(type(F(1.5).real).__name__, type(F(1.5).conjugate()).__name__, type(+F(1.5)).__name__, type(abs(F(-1.5))).__name__)
