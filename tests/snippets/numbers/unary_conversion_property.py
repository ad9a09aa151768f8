def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        yield seed
g = lcg(4242)
def val():
    a = next(g)
    k = a % 6
    if k == 0: return (a >> 7) % 200 - 100
    if k == 1: return ((a >> 3) * next(g)) * (-1 if a & 4 else 1) >> (a % 120)
    if k == 2: return ((a >> 10) % 100000 - 50000) / 64
    if k == 3: return (a % 1000 - 500) * 10.0 ** ((a >> 30) % 60 - 30)
    if k == 4: return complex(((a >> 5) % 41 - 20) / 4, ((a >> 20) % 41 - 20) / 4)
    return [0, -0.0, 0.0, 1, -1, True, 0j, float("inf"), float("-inf"), float("nan")][(a >> 9) % 10]
funcs = [("neg", lambda x: -x), ("pos", lambda x: +x), ("abs", abs), ("inv", lambda x: ~x), ("int", int), ("float", float),
         ("complex", complex), ("bool", bool), ("round", round), ("round2", lambda x: round(x, 2)), ("round-1", lambda x: round(x, -1)),
         ("str", str), ("hash", lambda x: hash(x) if x == x else "nan"), ("real", lambda x: x.real), ("imag", lambda x: x.imag),
         ("conj", lambda x: x.conjugate()), ("ratio", lambda x: x.as_integer_ratio()), ("trunc", lambda x: x.__trunc__()),
         ("format", lambda x: format(x, "")), ("fmt.3g", lambda x: format(x, ".3g")), ("index", lambda x: [0] * 3 and x.__index__())]
for i in range(700):
    x = val()
    name, f = funcs[next(g) % len(funcs)]
    try:
        out = repr(f(x))
    except Exception as e:
        out = type(e).__name__ + ": " + str(e)
    print(name, repr(x), "=>", out)
