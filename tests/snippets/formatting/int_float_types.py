# e/f/g/% on ints convert to float first (rounding like float(n)).
for v in (0, 1, -17, 123456789, 10**16 + 1, 2**70):
    print(f"{v:e} | {v:.2E} | {v:f} | {v:.1F} | {v:g} | {v:G} | {v:%} | {v:.0%} | {v:,.2f}")
try:
    f"{10**400:f}"
except OverflowError as e:
    print("OverflowError:", e)
