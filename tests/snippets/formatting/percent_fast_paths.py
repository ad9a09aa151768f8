# %-formatting of ints, strs and floats through the direct paths (no padding, sign or precision) and the general one.
vals = [0, 1, -1, 7, -255, 2**63-1, -2**63, 2**63, -2**64, 31, 255]
for f in ["%d", "%i", "%u", "%x", "%X", "%o", "%#x", "%#X", "%#o", "%.0d", "%.1d", "%.3d", "%.3x", "%+d", "% d", "%05d", "%-5d|", "%5x", "%05X", "%+x", "%.0x"]:
    print(f, [f % v for v in vals])
print("a%sb%dc" % ("é", 3), "x\U0001F600%dy" % 5, "%s%%" % 1, "%c%c" % (65, "é"))
print("%(a)s-%(b)x" % {"a": 1, "b": 255}, b"%d-%x-%s" % (3, 255, b"q"))
class S:
    def __str__(self): return "%d" % 42 + ("%s" % "inner")
print("%s and %s" % (S(), S()))
print("%s %r %a %.2s" % ("abc", "abc", "é", "xyz"))
print("%.3f %e %g %5.1f|%-8.2e|" % (3.14159, 1234.5, 0.0001, 2.25, -1.5))
print("%d" % True, "%x" % False, "%d" % 3.7)
