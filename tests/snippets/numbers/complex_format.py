def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

vals = [1 + 2j, -1.5 - 2.25j, 0j, -0j, 1j, 3 + 0j, 1e20 + 1e-20j, complex(float("inf"), float("nan")), 12345.678 - 0.001j]
specs = ["", "g", ".2f", "10.3e", "<30", ">30", "^30", "*^30g", "+", "-", " ", ".3", ".0f", "G", "E", "F", ",.2f", "_.1f",
         "#", "#.0f", "n", "20", ".10g"]
for z in vals:
    out = []
    for s in specs:
        try:
            out.append(format(z, s))
        except (ValueError, TypeError) as e:
            out.append("E:" + str(e))
    print(repr(z), out)
for s in ["d", "x", "%", "010", "=10", "c", "s"]:
    t(s, lambda: format(1 + 2j, s))
print(f"{1+2j:.1f} {3j!r:>10} {-2j!s}")
