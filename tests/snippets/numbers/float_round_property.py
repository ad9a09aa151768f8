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
g = lcg(99)
lines = []
for i in range(150):
    a = next(g)
    v = (a % 10**7) / 10 ** (a % 9) * (-1 if a & 1 else 1)
    nd = (a >> 20) % 7 - 2
    lines.append("%r:%r" % (v, round(v, nd)))
for i in range(0, len(lines), 5):
    print(" ".join(lines[i:i + 5]))
# exact halves on decimal boundaries
print([round(k + 0.5) for k in range(-6, 6)])
print([round(k / 8, 2) for k in range(-20, 20)])
print([round(k / 1000, 2) for k in range(0, 40)])
