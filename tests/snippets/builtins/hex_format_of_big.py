# bin/oct/hex of large and negative ints and of bools
for v in [1, -1, 255, -256, 2**64 - 1, -(2**64), 10**30, True, False]:
    print(bin(v)[:20], oct(v), hex(v))
