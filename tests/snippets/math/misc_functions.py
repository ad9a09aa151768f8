# frexp, ldexp, modf, ulp, nextafter, constants, dir(math).
import math

print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
print(sorted(n for n in dir(math) if not n.startswith('_')))
for x in [0.0, -0.0, 1.0, -2.5, 5e-324, 2.2250738585072014e-308, 1e308, 0.1, math.inf, -math.inf, math.nan, 3]:
    print(repr(x), math.frexp(x), math.modf(x), math.ulp(x))
for x, i in [(1.0, 1023), (1.0, 1024), (0.5, -1073), (0.5, -1074), (0.75, -1074), (1.5, -1075), (-3.0, 2),
             (1.0, 10**30), (1.0, -10**30), (0.0, 10**30), (math.inf, -5), (1e308, 2), (1, True)]:
    try:
        print(x, i, math.ldexp(x, i))
    except Exception as e:
        print(x, i, type(e).__name__, e)
for bad in ["math.ldexp(1.0, 1.5)", "math.ldexp(1.0, 2.0)", "math.ldexp(1.0)", "math.ldexp(x=1)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(0.0, 0.0))
print(math.nextafter(math.inf, 0), math.nextafter(1.7976931348623157e308, math.inf), math.nextafter(math.nan, 1))
print(math.copysign(1, -0.0), math.copysign(-2, 3), math.copysign(math.nan, -1), math.fabs(-0.0))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.isfinite(10**300))
for bad in ["math.isfinite(10**400)", "math.isnan('a')", "math.sin()", "math.sin(1, 2)", "math.sin(x=1)",
            "math.atan2(1)", "math.atan2(y=1)", "math.pow(1)", "math.nextafter(1)", "math.sqrt(10**400)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
print(repr(math.sin), math.sin.__name__, math.floor.__module__ if hasattr(math.floor, '__module__') else None)
