# Zeros written before the digits: %-formatting's precision and '#' prefix, format()'s '0' width with and without
# grouping (the zeros inside groups too).
for fmt in ("%d", "%.0d", "%.1d", "%.5d", "%5.3d", "%-8.5x|", "%#.4o", "%#.6X", "%+.3i", "% .4d", "%08.3d"):
    print(fmt, [fmt % v for v in (0, 7, -7, 255, -4096, 10 ** 20)])
for spec in ("010,d", "012_d", "015,", "08", "020_x", "0=+12,d", "010.3f", "016,.2f"):
    print(spec, [format(v, spec) for v in (0, 5, -1234567, 98765432109)] if "f" not in spec and "x" not in spec
          else [format(v, spec) for v in (0, 5, -1234567)])
print("%.40d" % 3)
print(format(7, "0100,d"))
