# round() of floats: ties to even, correctly rounded ndigits
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.675, 2))
print(round(1.23456, 3), round(123.456, -1), round(123.456, -2), round(0.125, 2), round(0.375, 2))
print(round(1e308, -308), round(1.5e-300, 300), round(5e-324, 330), round(-0.4, 0), round(0.0, 3))
print(round(2.5, None), type(round(2.5)), type(round(2.5, 0)), round(1e300, 2))
print(round(float("inf"), 2), round(float("-inf"), 1), round(float("nan"), 1))
