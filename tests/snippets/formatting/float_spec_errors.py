# Errors from float specs.
for spec in ("d", "x", "c", "s", "b", "n,", ",n", "_n", ".", ",_", "z,,", "=^", "#,.2x"):
    try:
        print(repr(spec), repr(f"{1.5:{spec}}"))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
print(repr(f"{1.5:#,}"), repr(f"{1.5:_e}"), repr(f"{-1.5:z=+10,.1f}"))
