def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        yield seed
g = lcg(2026)
fills = ["", "*", "0", "x"]
aligns = ["", "<", ">", "^", "="]
signs = ["", "+", "-", " "]
types = ["", "d", "b", "o", "x", "X", "c", "n", "e", "E", "f", "F", "g", "G", "%", "s", "r"]
for i in range(1000):
    a = next(g)
    kind = a % 3
    if kind == 0: v = ((a >> 8) % 10**((a >> 40) % 25)) * (-1 if a & 2 else 1)
    elif kind == 1: v = ((a >> 8) % 10**9) * 10.0 ** ((a >> 40) % 50 - 25) * (-1 if a & 2 else 1)
    else: v = complex(((a >> 8) % 2001 - 1000) / 7, ((a >> 20) % 2001 - 1000) / 3)
    b = next(g)
    align = aligns[b % 5]
    fill = fills[(b >> 3) % 4] if align else ""
    spec = fill + align + signs[(b >> 6) % 4] + ("#" if b & 512 else "") + ("0" if b & 1024 else "")
    spec += str((b >> 11) % 25) if b & 2048 else ""
    spec += [",", "_", ""][(b >> 16) % 3]
    spec += ("." + str((b >> 20) % 20)) if b & (1 << 25) else ""
    spec += types[(b >> 26) % len(types)]
    try:
        out = repr(format(v, spec))
    except Exception as e:
        out = type(e).__name__ + ": " + str(e)
    print(repr(v), repr(spec), out)
