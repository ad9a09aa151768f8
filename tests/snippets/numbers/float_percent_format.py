def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

vals = [0.0, -0.0, 1.5, -2.25, 1e-5, 1e16, 123456.789, float("inf"), float("nan"), 5, True, 2**70]
for v in vals:
    print("%f|%.2f|%e|%.3E|%g|%G|%10.3f|%-10.1f|%+.2e|% g|%#g|%#.0f|%010.2f|%r|%s|%a" % ((v,) * 16))
t("int fmt float", lambda: "%d" % 3.7)
t("x fmt float", lambda: "%x" % 3.7)
t("c fmt float", lambda: "%c" % 65.0)
t("i big float", lambda: "%i" % 1e20)
t("d inf", lambda: "%d" % float("inf"))
t("d nan", lambda: "%d" % float("nan"))
t("f str", lambda: "%f" % "1.5")
t("f complex", lambda: "%f" % 1j)
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5), "%.1f" % 0.25, "%.2f" % 2.675, "%5.1f%%" % 99.5)
