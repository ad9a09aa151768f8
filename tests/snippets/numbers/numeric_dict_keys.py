def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

d = {}
for k in [1, 1.0, True, 1 + 0j, 2, 2.0, 0, 0.0, False, -0.0, 0j, 2**61 - 1, 0.5, complex(0.5, 0), 10**20, 1e20]:
    d[k] = d.get(k, 0) + 1
print(d)
s = {1, 1.0, True, 2, 2.0, 3 + 0j, 3.0, -1, -1.0, -2, -2.0}
print(sorted(s, key=lambda z: (z.real, type(z).__name__)))
print({0: "a", 0.0: "b", -0.0: "c", False: "d", 0j: "e"})
print({2**61 - 1: "x", 0: "y"}, hash(2**61 - 1), hash(2**61), hash(-(2**61)))
print(len({float("nan"), float("nan")}), len({1.5, 3 / 2, 1.5 + 0j}))
