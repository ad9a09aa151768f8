def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

big = 2**53 + 1
print(big == float(big), big > float(big), float(big) < big, big - 1 == float(big - 1))
print(10**20 + 1 == 1e20, 1e20 < 10**20 + 1, 10**20 == 1e20)
print(2**1024 > float("inf"), -(2**1024) < float("-inf"), 2**1024 < float("inf"))
print(2**1023 * 2 > 1.7976931348623157e308, float("nan") == 5, float("nan") != 5, float("nan") < 10**400)
print(0 == -0.0, 1 < 1.5, -1 > -1.5, 3 >= 3.0, 3 <= 2.9999999999999996)
print(10**400 > 1e308, -(10**400) < -1e308, 10**400 != 1e308)
print(sorted([3, 2.5, 10**20, 1e19, -1, -1.5, True, 0.0]))
print(max(1, 1.0), min(1.0, 1), 2**63 == 9.223372036854776e18, 2**63 - 1 == 9.223372036854776e18)
print(-2**63 == -9.223372036854776e18, -2**63 + 1 < -9.223372036854775e18)
