# 'f' and 'F': fixed point, correctly rounded from the exact binary value (ties to even).
for v in (0.0, 1.0, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 123.456, -0.0004, 1e-10, 12345678.9):
    print(f"{v:f} {v:.0f} {v:.1f} {v:.2f} {v:.3F} {v:#.0f} {v:.12f}")
print(f"{1e22:f}")
print(f"{1e300:.0f}")
print(f"{2**-20:.30f}")
print(f"{float('inf'):f} {float('inf'):F} {float('nan'):F} {float('-inf'):.2f}")
