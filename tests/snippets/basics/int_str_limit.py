big = 10 ** 5000
print(len(str(10 ** 4000)))
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(len(str(int("7" * 4300))), hex(big)[:6], big.bit_length())
print(big)
