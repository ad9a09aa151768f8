def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        yield seed
g = lcg(2024)
out = []
for i in range(400):
    bits = next(g)
    e = bits >> 52 & 0x7FF
    if e == 0x7FF:
        continue
    m = bits & ((1 << 52) - 1)
    x = (m | (1 << 52)) * 2.0 ** (e - 1075) if e else m * 2.0 ** -1074
    if bits >> 63:
        x = -x
    r = repr(x)
    out.append(r)
    assert float(r) == x, r
for i in range(0, len(out), 6):
    print(" ".join(out[i:i + 6]))
