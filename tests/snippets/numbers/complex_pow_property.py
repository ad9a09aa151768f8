def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        yield seed

g = lcg(3)
for i in range(50):
    a = next(g)
    z = complex((a % 41 - 20) / 8, ((a >> 10) % 41 - 20) / 8)
    n = (a >> 30) % 25 - 12
    try:
        r = repr(z ** n)
    except ZeroDivisionError as e:
        r = "ZDE " + str(e)
    print(repr(z), n, r, repr(z ** 2.0) if z else "-", repr(z ** 0.5) if z else "-")
print([repr((1 + 1j) ** k) for k in range(95, 106)])
print([repr((0.5 + 0.25j) ** k) for k in (-101, -100, -99)])
