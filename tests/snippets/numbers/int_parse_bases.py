def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for s, b in [("ff", 16), ("FF", 16), ("0xff", 16), ("0XfF", 0), ("777", 8), ("0o777", 8), ("0O17", 0),
             ("101", 2), ("0b101", 2), ("0B11", 0), ("z", 36), ("Zz", 36), ("10", 3), ("-0x10", 16),
             ("+0b1", 0), ("  12  ", 10), ("0", 0), ("00", 0), ("0_0", 0), ("-0", 0), ("1_000", 0),
             ("0x_ff", 16), ("0x_f_f", 0), ("0b_1", 0), ("0o_7", 8), ("10", 36), ("0x", 36)]:
    t((s, b), lambda: int(s, b))
t("base kw", lambda: int("11", base=2))
t("base index", lambda: int("11", True + True))
