def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        yield seed

g = lcg(21)
for i in range(60):
    a, b, c = next(g), next(g), next(g)
    x = (a * (b if c & 1 else 1)) * (-1 if c & 2 else 1)
    y = (b >> (c % 64)) * (-1 if c & 4 else 1)
    s = c % 130
    print(x & y, x | y, x ^ y, ~x, x << s, x >> s, x.bit_length(), x.bit_count(), (x & y) + (x | y) == x + y)
