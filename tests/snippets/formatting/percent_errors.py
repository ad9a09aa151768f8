# The errors of printf-style formatting.
cases = [("%s %s", (1,)), ("%s", (1, 2)), ("", 5), ("%d", "x"), ("%d", None), ("%x", 1.5), ("%o", "7"), ("%f", "x"),
         ("%i", [1]), ("%y", 1), ("ab %", 1), ("%5", 1), ("%.", 1), ("%(a)s", (1,)), ("%*d", ("x", 1)), ("%.*f", (1.5, 2.0)),
         ("%s %", (1,)), ("%z", ()), ("%\u1234", 1), ("%s", ()), ("%d", 1j), ("%X", 2.0), ("%e", 10**400)]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
