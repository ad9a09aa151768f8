# gcd, lcm, isqrt, factorial, comb, perm, prod: results and errors.
import math

print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18, 30), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(0), math.lcm(-4), math.lcm(4, 6), math.lcm(2, 3, 4, 5), math.lcm(0, 5), math.lcm(2**64, 3))
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2**52 - 1, 2**52, 2**53 + 1, 10**50, 10**50 - 1]])
print(math.isqrt(2**1000 + 12345) == int(2**500), math.isqrt((10**40 + 7)**2 - 1))
print([math.factorial(n) for n in range(25)])
print(len(str(math.factorial(1000))), math.factorial(300) % (10**20 + 39))
print([math.comb(10, k) for k in range(12)])
print([math.perm(10, k) for k in range(12)])
print(math.perm(6), math.perm(6, None), math.comb(100, 50), math.perm(30, 20))
print(math.comb(10**20, 3), math.comb(10**20, 10**20 - 2))
print(math.prod([]), math.prod(range(1, 20)), math.prod([1.5, 2, 3]), math.prod([2, 3], start=0.5))
print(math.prod(['ab'], start=2), math.prod([], start='x'), math.prod(iter([3, 4])))
bad = ["math.gcd(1.5)", "math.gcd(1, 'a')", "math.gcd(a=1)", "math.lcm(1.0)", "math.isqrt(-1)",
       "math.isqrt(1.0)", "math.isqrt()", "math.factorial(-1)", "math.factorial(1.0)", "math.factorial(2**63)",
       "math.comb(1)", "math.comb(-1, 2)", "math.comb(1, -2)", "math.comb(5, None)", "math.comb(10**30, 10**20)",
       "math.perm(5, -1)", "math.perm(10**30, 10**20)", "math.perm()", "math.perm(1, 2, 3)", "math.perm(5, k=2)",
       "math.prod()", "math.prod([1], 2)", "math.prod(5)", "math.prod(iterable=[1])", "math.prod([1], start=1, x=2)",
       "math.prod(['a'], start='')"]
for t in bad:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
