def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

vals = [0.0, -0.0, 1.0, -1.5, 0.1, 2.675, 1234567.891, -0.000123456, 1e16, 1.5e-7, 1e300, 5e-324, float("inf"),
        float("-inf"), float("nan"), 123456789.0, 0.5, 9.999999, 100.0]
specs = ["", "f", ".0f", ".2f", ".10f", "e", ".0e", ".3E", "g", ".1g", ".3g", ".17g", "G", "%", ".2%", "n", ",.2f",
         "_.3f", "+.1f", " .1f", "10.2f", "<10.1f", ">12.3e", "^12g", "*=+12.2f", "010.2f", "#.0f", "#g", "#.3g",
         ",", "_", ".3", "r" if False else "", "015,.1f", "-8.3"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append("E:" + str(e))
    print(repr(v), out)
t("bad", lambda: format(1.5, "d"))
t("bad x", lambda: format(1.5, "x"))
t("comma n", lambda: format(1.5, ",n"))
t("c", lambda: format(1.5, "c"))
t("double sep", lambda: format(1.5, ",_"))
t("precision huge", lambda: format(1.5, ".9999999999999999999f"))
