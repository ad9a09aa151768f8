def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

vals = [0, 7, -7, 1234567, -1234567, 2**64, -(10**20)]
specs = ["", "d", "5d", "<8", ">8", "^9", "*^9", "=+8", "+", "-", " ", ",", "_", "_x", "_b", "#x", "#o", "#b", "#X",
         "08", "08,", "010_", "c", "n", "e", ".3e", "f", ".2f", "g", "%", ".1%", "+#012x", "x<10", "E", "G", ",d"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except (ValueError, OverflowError, TypeError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(v, out)
t("bad spec", lambda: format(5, "z"))
t("comma x", lambda: format(5, ",x"))
t("precision int", lambda: format(5, ".2d"))
t("c big", lambda: format(2**40, "c"))
t("sign c", lambda: format(65, "+c"))
t("alt c", lambda: format(65, "#c"))
print("%d %5d %-5d| %05d %x %X %o %#x %#o %+d %i %u" % (42, 42, 42, 42, 255, 255, 8, 255, 8, 5, 3, 4))
print("%c%c %s %r %.3d %e" % (65, "B", 10**20, -3, 7, 12345))
print(f"{12345:,} {12345:_} {-12345:010,} {255:#_x} {True:d} {True}")
