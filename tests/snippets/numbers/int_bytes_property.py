def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        yield seed

g = lcg(4)
for i in range(60):
    a, b = next(g), next(g)
    x = (a * (b if a & 8 else 1)) >> (a % 90)
    if a & 1:
        x = -x
    n = (x.bit_length() + 8) // 8
    order = "little" if b & 1 else "big"
    data = x.to_bytes(n, order, signed=True)
    back = int.from_bytes(data, order, signed=True)
    u = abs(x).to_bytes(n, order)
    print(x, n, order, data, back == x, int.from_bytes(u, order) == abs(x))
