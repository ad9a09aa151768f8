# %o %x %X with '#', precision (minimum digits), signs and big values.
for v in (0, 5, -5, 255, -65535, 2**70):
    print("%o %#o %x %#x %X %#X %.3x %#.5o %+x % x %#010x %-#8X|" % ((v,) * 12))
print("%x" % True, "%o" % 8, "%.0d|" % 0, "%.0x|" % 0)
