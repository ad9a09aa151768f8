# round() of ints with negative ndigits: ties to even
print(round(25, -1), round(35, -1), round(-25, -1), round(15, -1), round(12345, -2), round(12350, -2))
print(round(7, 2), round(7, 0), round(10**30 + 5 * 10**9, -10), round(True), type(round(True)))
print(round(5, -100), round(-5, -1))
