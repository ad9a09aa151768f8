# Errors from int format specs, word for word.
specs = [".2", ".2d", "z", "zd", "q", "s", "x,", ",x", ",o", ",b", "_n", ",n", "n,", ",_", "_,",
         ".", "5.", "99999999999999999999", ".99999999999999999999", "=^5", "é", "\x01", "ss", "10.1%x"]
for spec in specs:
    try:
        print(repr(spec), repr(f"{42:{spec}}"))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
