# complex refuses zero padding, '=' alignment and the int/str/percent types.
for spec in ("010", "0<10", "=10", "x=10", "%", "d", "c", "s", ".2%", ",n"):
    try:
        print(repr(spec), repr(f"{1+2j:{spec}}"))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
