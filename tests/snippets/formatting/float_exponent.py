# 'e' and 'E': one digit before the point, at least two exponent digits.
for v in (0.0, 1.0, -1.0, 0.5, 9.995, 9.9999, 123456.789, 1e-5, 6.02214076e23, 1e100, 5e-324, 1.7976931348623157e308):
    print(f"{v:e} {v:.0e} {v:#.0e} {v:.3E} {v:.16e} {v:+.1e}")
