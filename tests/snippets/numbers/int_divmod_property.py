def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        yield seed

g = lcg(8)
for i in range(80):
    a, b = next(g), next(g)
    x = (a >> (a % 64)) * (-1 if a & 1 else 1) * (next(g) if a & 2 else 1)
    y = ((b >> (b % 64)) or 1) * (-1 if b & 1 else 1)
    q, r = divmod(x, y)
    assert q * y + r == x and (r == 0 or (r > 0) == (y > 0)) and abs(r) < abs(y)
    print(x, y, q, r, x // y == q, x % y == r, repr(x / y))
