def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        yield seed

g = lcg(5)
out = []
for i in range(120):
    a, b = next(g), next(g)
    z = complex((a % 2001 - 1000) / 8, (b % 2001 - 1000) / 16)
    out.append("%r:%d" % (z, hash(z)))
for i in range(0, len(out), 6):
    print(" ".join(out[i:i + 6]))
