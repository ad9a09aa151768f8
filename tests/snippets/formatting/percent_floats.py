# %e %E %f %F %g %G: precision 6 by default, '#' keeps the point and trailing zeros.
for v in (0.0, -0.0, 1.0, 0.5, 2.5, 1234.5678, 1e-5, 1e16, 1e22, 123456789.0, float("inf"), float("nan")):
    print("%e|%.2E|%f|%.0f|%#.0f|%F|%g|%.3G|%#g|%10.3f|%-10.1e|%+.2f|% f|%010.2f" % ((v,) * 14))
print("%f %e %g" % (1, 10**20, 2**60))
