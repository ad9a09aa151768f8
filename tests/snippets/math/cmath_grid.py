# Every cmath function over a grid of complex numbers built from special and ordinary parts.
import cmath, math

parts = [0.0, -0.0, 1e-310, 0.5, -0.5, 1.0, -1.0, 2.0, -3.5, 1e-8, 20.0, 800.0, -800.0, 1e300, -1e300,
         math.inf, -math.inf, math.nan]
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log", "log10", "sin", "sinh",
         "sqrt", "tan", "tanh"]
for name in names:
    f = getattr(cmath, name)
    for re in parts:
        out = []
        for im in parts:
            try:
                out.append(repr(f(complex(re, im))))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__[0] + '!')
        print(name, repr(re), ' '.join(out))
