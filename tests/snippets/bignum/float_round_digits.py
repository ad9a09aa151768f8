# Float digits with a precision (%.Nf, %.Ne, %.Ng, format specs): the 128-bit rounding of m * 2**e * 10**scale,
# at binary exponents around 64 places (where the value splits across the two words), ties to even, and results
# past 2**64 (more than 19 digits).
import struct

values = [0.5, 0.125, 0.375, 2.5, 1.5, 0.1, 0.7, 1 / 3, 2 / 3, 123.456, 9.995, 0.045, 1.0005, 5e-324, 2.2250738585072014e-308,
          1e-5, 1.5e-10, 123456789.98765433, 4503599627370495.5, 9007199254740993.0, 1e16, 1e22, 1e23, 0.3 ** 20,
          2.0 ** -60, 2.0 ** -63, 2.0 ** -64, 2.0 ** -65, 3 * 2.0 ** -66, 2.0 ** -100, 2.0 ** -127, 2.0 ** -128,
          (2.0 ** 53 - 1) * 2.0 ** -64, (2.0 ** 53 - 1) * 2.0 ** -70, (2.0 ** 53 - 1) * 2.0 ** -127, 0.99999999999,
          99.99999999999999, 1e300, 1.7976931348623157e308]
for v in values:
    for s in (v, -v):
        row = []
        for p in (0, 1, 2, 3, 5, 8, 10, 15, 17, 19, 20, 21, 22, 23, 25, 30):
            row.append("%.*f" % (p, s))
            row.append("%.*e" % (p, s))
            row.append("%.*g" % (p, s))
        print(" ".join(row))
print(format(2.0 ** -64, ".22f"), format((2.0 ** 53 - 1) * 2.0 ** -74, ".22f"), format(0.1, ".22e"))
print(f"{1/3:.20f} {2/3:.21f} {1e-7:.22f} {123.456:+.19f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.5:.0f}")
print("%.2f %.2f %.2f %.3f %.1f" % (0.125, 0.375, 2.675, 1.0005, 0.25))
# Every tie position for a few exponents: k/2**n with n places.
for n in (1, 2, 3, 10, 20, 40, 60, 63, 64, 65, 70):
    print(n, ["%.*f" % (n - 1, (2 * k + 1) / 2.0 ** n) for k in range(3)])
# Random doubles (bit patterns from a fixed LCG).
x = 12345
out = []
for _ in range(400):
    x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
    d = struct.unpack("<d", struct.pack("<Q", x & 0x3FEFFFFFFFFFFFFF))[0]
    out.append("%.17f|%.20e|%.22f" % (d, d, d))
print(len(out), out[:3], out[-1])
h = 0
for s in out:
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000000007
print(h)
