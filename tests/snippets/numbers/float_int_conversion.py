def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        yield seed

g = lcg(55)
for i in range(60):
    a = next(g)
    v = (a % 10**12) * 10.0 ** ((a >> 40) % 40 - 12) * (-1 if a & 1 else 1)
    n = int(v)
    print(repr(v), n, float(n) == v, round(v), v.__floor__(), v.__ceil__())
for i in range(40):
    a = next(g)
    n = (a * next(g)) >> (a % 100)
    print(n, repr(float(n)), repr(float(-n)), float(n) == n, float(n) < n, float(n) > n)
