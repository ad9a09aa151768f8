# Thousands separators: ',' and '_' every three digits, '_' every four in b/o/x/X.
for v in (0, 999, 1000, -1234567, 10**12, 2**64):
    print(f"{v:,} {v:_} {v:_d} {v:,d}")
for v in (255, -65535, 2**40):
    print(f"{v:_b} {v:_o} {v:_x} {v:_X} {v:#_x}")
print(f"[{1234567:>15,}] [{1234567:<15_}] [{1234567:^+15,}]")
