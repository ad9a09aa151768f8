# comb/perm/gcd/lcm/factorial over grids (checked against each other and printed).
import math

for n in range(0, 30, 3):
    print(n, [math.comb(n, k) for k in range(0, n + 2, 2)], [math.perm(n, k) for k in range(0, 6)])
print([math.comb(1000, k) % 1000003 for k in (0, 1, 2, 499, 500, 998, 1000)])
print([math.perm(100, k) % 1000003 for k in (0, 1, 50, 99, 100)])
print(all(math.comb(n, k) * math.factorial(k) == math.perm(n, k) for n in range(40) for k in range(n + 1)))
print([[math.gcd(a, b) for b in range(-6, 13, 3)] for a in range(-12, 25, 6)])
print([[math.lcm(a, b) for b in range(-6, 13, 3)] for a in range(-12, 25, 6)])
print([math.factorial(n) % (2**61 - 1) for n in (25, 50, 100, 170, 171, 500, 2000)])
print(math.comb(2**70, 3), math.perm(2**40, 2), math.gcd(*range(12, 1000, 12)), math.lcm(*range(1, 25)))
