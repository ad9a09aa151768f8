# Separators apply to the integer part only, and to the zero padding with '0'.
for v in (0.0, 1234.5, -1234567.891, 1e20, 123456789.0, 1.5e-5):
    print(f"{v:,} | {v:_} | {v:,.2f} | {v:_e} | {v:,g} | {v:015,.1f} | {v:,%}")
