def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for v in [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 1e20, -1e20, 123.999, -123.999, 4.9e-324, 1.7976931348623157e308]:
    print(repr(v), v.__trunc__(), v.__floor__(), v.__ceil__(), int(v), round(v), v.__getnewargs__())
for name in ("__trunc__", "__floor__", "__ceil__", "__int__", "__round__"):
    t(name + " inf", lambda: getattr(float("inf"), name)())
    t(name + " -inf", lambda: getattr(float("-inf"), name)())
    t(name + " nan", lambda: getattr(float("nan"), name)())
t("floor arg", lambda: (1.5).__floor__(1))
print(type((2.5).__floor__()).__name__, type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
