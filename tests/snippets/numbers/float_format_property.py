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
g = lcg(7)
specs = ["e", "f", "g", "%", "r"]
for i in range(120):
    a = next(g)
    v = (a % 10**9) * 10.0 ** ((a >> 32) % 40 - 25) * (-1 if a & 1 else 1)
    p = (a >> 8) % 18
    s = specs[(a >> 16) % 4]
    spec = ".%d%s" % (p, s)
    print("%r %s %s %s %s" % (v, spec, format(v, spec), str(v), "%.*g" % (p, v)))
