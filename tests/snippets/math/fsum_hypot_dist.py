# fsum (correctly rounded), hypot and dist (3.11's compensated vector norm), isclose.
import math

print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([1, 1e100, 1, -1e100]), math.fsum([]))
print(math.fsum([1e308, -1e308, 1e308]), math.fsum(x / 7 for x in range(1000)))
print(math.fsum([2.0**-1074, 2.0**-1074, 1.0]), math.fsum([1.0, 2.0**-53, 2.0**-106]))
print(math.fsum([math.inf, 1]), math.fsum([math.nan, 1]), math.fsum([-math.inf, -math.inf]))
for bad in [[math.inf, -math.inf], [1e308, 1e308], [1, 'a'], 5]:
    try:
        print(math.fsum(bad))
    except Exception as e:
        print(type(e).__name__, e)
vals = [0.0, 1.0, 3.0, 4.0, 1e-310, 3e-320, 1e300, 1e308, 0.1, 0.7, 12345.678]
for a in vals:
    print(a, [math.hypot(a, b) for b in vals])
print(math.hypot(), math.hypot(-3), math.hypot(1, 2, 3, 4, 5), math.hypot(*[0.1] * 20))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(1e308, 1e308 * 0.5))
print(math.dist([1, 2], [4, 6]), math.dist((0.1, 0.2, 0.3), (0.3, 0.2, 0.1)), math.dist([], []))
print(math.dist(iter([1.5]), [2]), math.dist([1e-320, 0], [0, 1e-320]))
for bad in ["math.dist([1], [1, 2])", "math.dist(1, 2)", "math.dist(p=1)", "math.hypot('a')", "math.hypot(x=1)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(1, 1.1, rel_tol=0.1))
for bad in ["math.isclose(1)", "math.isclose(1, 2, 3)", "math.isclose(1, 2, rel_tol=-1)", "math.isclose(1, 2, abs_tol=-1)", "math.isclose(1, 2, tol=1)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
