big = 10 ** 5000
print(big.bit_length())
print(big)
