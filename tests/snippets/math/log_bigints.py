# log/log2/log10 of ints of any size, bases, and the domain errors.
import math

for n in [1, 2, 3, 10, 2**53 + 1, 10**20, 2**1023, 2**1024, 2**1024 - 1, 10**308, 10**309, 3**2000, 2**5000, 7**12345]:
    print(math.log(n), math.log2(n), math.log10(n), math.log(n, 10), math.log(n, 2))
print(math.log(True), math.log(8, 2), math.log(100, 10), math.log(10**400, 10**400), math.log(2.0**-1074))
print(math.log(math.inf), math.log2(math.inf), math.log10(math.nan))
for bad in ["math.log(0)", "math.log(-1)", "math.log(-10**400)", "math.log(False)", "math.log(1, 1)",
            "math.log(10, 0)", "math.log(5, -1)", "math.log(-math.inf)", "math.log2(0.0)", "math.log10(-2)",
            "math.log()", "math.log(1, 2, 3)", "math.log(x=1)", "math.log('a')", "math.log1p(-1)", "math.log1p(10**400)"]:
    try:
        print(bad, eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
