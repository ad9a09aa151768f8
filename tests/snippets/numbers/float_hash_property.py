def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        yield seed

g = lcg(31)
out = []
for i in range(200):
    bits = next(g)
    e = (bits >> 52) & 0x7FF
    if e == 0x7FF:
        continue
    m = bits & ((1 << 52) - 1)
    x = (m | (1 << 52)) * 2.0 ** (e - 1075) if e else m * 2.0 ** -1074
    if bits >> 63:
        x = -x
    out.append(hash(x))
    if x == int(x):
        assert hash(x) == hash(int(x))
for i in range(0, len(out), 8):
    print(out[i:i + 8])
print([hash(k / 8) for k in range(-16, 17)])
print([hash(10.0 ** k) for k in range(-5, 25)])
