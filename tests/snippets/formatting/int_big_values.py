# Big ints in every base, with grouping, padding and signs.
n = 2**100 + 12345
for v in (n, -n, 3**80):
    print(f"{v}")
    print(f"{v:,}")
    print(f"{v:#x}")
    print(f"{v:_o}")
    print(f"{v:b}")
    print(f"{v:+60_}")
    print(f"{v:e} {v:.3g} {v:f}")
