def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        yield seed
g = lcg(987)
def val():
    a = next(g)
    k = a % 7
    if k == 0: return (a >> 7) % 200 - 100
    if k == 1: return ((a >> 3) * next(g)) * (-1 if a & 4 else 1) >> (a % 120)
    if k == 2: return ((a >> 10) % 100000 - 50000) / 64
    if k == 3: return (a % 1000 - 500) * 10.0 ** ((a >> 30) % 40 - 20)
    if k == 4: return complex(((a >> 5) % 41 - 20) / 4, ((a >> 20) % 41 - 20) / 4)
    if k == 5: return [0, -0.0, 0.0, 1, -1, True, 0j, float('inf')][(a >> 9) % 8]
    return (a >> 11) * 1.0
ops = ["+", "-", "*", "/", "//", "%", "**", "<", "==", "divmod", "pow3"]
for i in range(1200):
    a, b = val(), val()
    op = ops[next(g) % len(ops)]
    try:
        if op == "divmod": r = divmod(a, b)
        elif op == "pow3": r = pow(a, b, 7)
        elif op == "**" and isinstance(a, int) and isinstance(b, int) and b > 300: continue
        else: r = eval("a %s b" % op)
        out = repr(r)
    except Exception as e:
        out = type(e).__name__ + ": " + str(e)
    print(repr(a), op, repr(b), "=>", out)
