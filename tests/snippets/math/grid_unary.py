# Every one-argument float function of math over a grid of special and ordinary values.
import math

vals = [0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-300, 1e-20, 1e-10, 1e-5, 0.1, 0.25, 0.5,
        0.7, 0.9999999999999999, 1.0, 1.0000000000000002, 1.5, 2.0, 2.5, 3.0, 3.7, 5.0, 10.0, 20.5, 30.0,
        100.0, 170.5, 171.7, 200.5, 709.78, 710.0, 1e10, 1e300, 1.7976931348623157e308,
        math.inf, math.nan]
vals += [-v for v in vals if v == v and v != 0]
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc", "exp",
         "exp2", "expm1", "fabs", "gamma", "lgamma", "log", "log10", "log1p", "log2", "sin", "sinh", "sqrt",
         "tan", "tanh", "degrees", "radians", "ulp"]
for name in names:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[:1] + ':' + str(e))
    print(name, ' '.join(out))
