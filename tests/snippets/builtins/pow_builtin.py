# pow() with two and three arguments, keywords, negative exponents
print(pow(2, 10), pow(2, -1), pow(2.0, 0.5), pow(-8, 2), pow(0, 0))
print(pow(3, 4, 5), pow(3, -1, 7), pow(2, 3, -5), pow(-2, 3, 5), pow(base=2, exp=5, mod=7))
print(pow(2, 100, 10**9 + 7), pow(7, 0, 1))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3, 5.0), ("a", 2, 3), (2, "a"), (0.0, -1)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
