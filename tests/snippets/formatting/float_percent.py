# '%' multiplies by 100, formats as 'f' and appends a percent sign.
for v in (0.0, 0.5, 0.12345, 1.0, -0.025, 1e-7, 12.5, float("inf"), float("nan")):
    print(f"{v:%} {v:.0%} {v:.2%} {v:>10.1%} {v:+.1%} {v:,.1%}")
