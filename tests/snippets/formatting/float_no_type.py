# No presentation type: repr-like without precision; with precision like 'g' but keeping a '.0'.
for v in (0.0, 1.0, 1.5, 1e16, 1e15, 123.456, 1e-5, 0.0001, 1/3, 2.0**60, 1e22, -2.5):
    print(f"[{v}] [{v:}] [{v:10}] [{v:.3}] [{v:.1}] [{v:#.0}] [{v:.12}] [{v:<12}] [{v:,}]")
