# Two-argument float functions of math over a grid, incl. signed zeros, infinities and NaN.
import math

vals = [0.0, -0.0, 5e-324, 1e-300, 0.5, 1.0, -1.0, 1.5, 2.0, -2.0, 3.0, -3.0, 7.25, 1e16, 1e300,
        math.inf, -math.inf, math.nan]
for name in ["atan2", "copysign", "fmod", "pow", "remainder", "hypot", "nextafter"]:
    f = getattr(math, name)
    for x in vals:
        out = []
        for y in vals:
            try:
                out.append(repr(f(x, y)))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__[:1] + '!')
        print(name, repr(x), ' '.join(out))
