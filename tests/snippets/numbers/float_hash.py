def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

vals = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -1.5, 1e300, 1e-300, 5e-324, 2.0 ** 61, 2.0 ** 62, 2.0 ** 100, 1.7976931348623157e308,
        float("inf"), float("-inf"), 0.1, 3.14159, -2.718281828, 123456789.123, 2.0 ** -30, 1e15 + 0.25]
for v in vals:
    print(repr(v), hash(v), v.__hash__())
for v in [1.0, 2.0 ** 61 - 1, 2.0 ** 64, -3.0, 1e20]:
    print(hash(v) == hash(int(v)), hash(v) == hash(complex(v)))
n = float("nan")
print(hash(n) == hash(n), {n: 1}[n], len({n, n}), len({float("nan"), float("nan")}), n in [n], n == n)
print(hash(0.5) == hash(1 / 2), hash(-1.0))
