# complex: no type is like str(); other types format both parts, the imaginary one always signed.
for z in (1+2j, 2j, -0.0+2j, 0j, -1.5-0.25j, 1e20+1e-20j, 1e300 * 1e300 + 0j, -1e300 * 1e300 * 1j):
    print(f"[{z}] [{z:}] [{z:20}] [{z:<20}] [{z:^20}] [{z:*>20}] [{z:+}] [{z:.3}]")
    print(f"[{z:f}] [{z:.2e}] [{z:g}] [{z:G}] [{z:n}] [{z:,.1f}] [{z:+.1f}] [{z: .0f}] [{z:#g}]")
