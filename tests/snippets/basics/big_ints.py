n = 1
for i in range(1, 31):
    n *= i
print(n)
print(2 ** 200)
print(-(2 ** 200) // 3, (2 ** 200) % 1000007)
print(10 ** 50 + 1 == 10 ** 50 + 1, 10 ** 50 < 10 ** 51)
big = 3 ** 100
print(big // 3 ** 99, big - 3 ** 100, str(big)[:10], len(str(big)))
print(hex(2 ** 70), oct(2 ** 70), bin(2 ** 20))
print(int("9" * 40) + 1)
print((2 ** 64) >> 60, 1 << 64, (2 ** 64 - 1) & 0xFFFF, -(2 ** 64) | 1)
print(divmod(-(10 ** 30), 7), pow(10 ** 30, 3, 97))
