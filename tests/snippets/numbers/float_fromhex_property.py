def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        yield seed

g = lcg(13)
for i in range(80):
    bits = next(g)
    e = (bits >> 52) & 0x7FF
    if e == 0x7FF:
        continue
    m = bits & ((1 << 52) - 1)
    x = (m | (1 << 52)) * 2.0 ** (e - 1075) if e else m * 2.0 ** -1074
    if bits >> 63:
        x = -x
    h = x.hex()
    assert float.fromhex(h) == x
    extra = "0x%xp%d" % (bits >> 11, (bits % 200) - 100)
    print(h, repr(float.fromhex(extra)), repr(float.fromhex(extra.upper().replace("0X", "0x"))))
