# Flags -, +, space, #, 0 with widths; '*' takes width and precision from the arguments.
for flags in ("", "-", "+", " ", "0", "-0", "+0", " 0", "#", "#0", "-#", "+ "):
    fmt = "[%" + flags + "8d] [%" + flags + "8.2f] [%" + flags + "8x] [%" + flags + "8s]"
    print(f"{flags!r:6}", fmt % (-42, 3.14159, 255, "ab"))
print("[%*d] [%-*d] [%*d] [%.*f] [%*.*f] [%.*s]" % (6, 1, 6, 2, -6, 3, 2, 3.14159, 9, 3, 2.5, 2, "abcdef"))
print("%ld %hd %Lf %lx" % (1, 2, 3.0, 255))
