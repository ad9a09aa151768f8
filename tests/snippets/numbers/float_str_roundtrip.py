def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        yield seed

g = lcg(17)
ok = 0
out = []
for i in range(500):
    a = next(g)
    v = (a % 10**(1 + a % 17)) * 10.0 ** ((a >> 40) % 60 - 30)
    s = repr(v)
    ok += float(s) == v and repr(float(s)) == s
    if i % 10 == 0:
        out.append(s)
print(ok)
print(" ".join(out))
print([repr(float(str(k) + "e-" + str(k))) for k in range(1, 30)])
print([repr(float("0." + "9" * k)) for k in range(14, 20)])
print([repr(float("1" + "0" * k + "1")) for k in range(14, 19)])
