def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        yield seed

g = lcg(11)
ok = 0
out = []
for i in range(200):
    a, b = next(g), next(g)
    z = complex(((a % 10**6) - 5 * 10**5) * 10.0 ** ((a >> 40) % 30 - 15), ((b % 10**6) - 5 * 10**5) * 10.0 ** ((b >> 40) % 30 - 15))
    r = repr(z)
    back = complex(r)
    ok += back == z
    if i % 4 == 0:
        out.append(r)
print(ok)
for i in range(0, len(out), 5):
    print(" ".join(out[i:i + 5]))
