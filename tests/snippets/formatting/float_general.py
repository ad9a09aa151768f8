# 'g'/'G': the shorter of fixed and exponent, trailing zeros removed unless '#'.
for v in (0.0, 1.0, 100.0, 123456.0, 1234567.0, 0.0001, 0.00001, 1.5e-7, 3.14159265, 1e16, 2.5, -0.0):
    print(f"{v:g} {v:G} {v:.2g} {v:.0g} {v:#g} {v:#.3g} {v:.10g} {v:n}")
