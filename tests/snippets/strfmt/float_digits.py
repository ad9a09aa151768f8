# Float digits written through a stack buffer: %-format and format() of floats in every code, precisions from 0 to
# past what 128 bits hold (the BigInteger path), ties, subnormals, powers of ten, inf/nan, negative zero and 'z'.
values = [0.0, -0.0, 1.5, 123.456, 1e-8, 1e22, 1e300, 5e-324, 0.125, 9.9999, 99.5, 0.5, 2.5, -1e100, 1 / 3, 1e16,
          123456789012345678.0, 9.5e-5, 999999.5, float("inf"), float("-inf"), float("nan")]
for v in values:
    print("%f %e %g %.0f %.0e %.3g %#.0f %#g %10.3f %-10.2e| %+g % f %.12f %.20e %G %E %.30g" % ((v,) * 17))
    print(len("%.1100f" % v), ("%.60e" % v)[:40], format(v, ".17g"), format(v, "z.3f"), format(v, ",.2f"),
          format(v, "_.1e"), format(v, ".0%"), format(v, "#.3g"), format(v, "012.4g"), repr(v), str(v))
print("%5.1f|%-8.3f|%08.2f|%+.1e|%#x|%5d|%-5d|%05d|%.3d" % (2.25, -0.5, -3.14159, 12345.678, 255, -7, 7, -7, 5))
print("%(a)08.3f %(b)s %(a)e" % {"a": 2.0 ** 0.5, "b": "x"}, "%.2f%%" % 99.995, "%.2f" % 0.125, "%.1f" % 0.25)
