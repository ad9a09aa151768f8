def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

inf, nan = float("inf"), float("nan")
for z in [3 + 4j, -3 - 4j, 0j, 1j, 1 + 1j, complex(1e308, 1e308), complex(inf, nan), complex(nan, -inf), complex(nan, 1),
          complex(5e-324, 5e-324), complex(1e-200, 1e-200), 0.1 + 0.2j, complex(3e154, 4e154)]:
    t(("abs", z), lambda: abs(z))
t("abs overflow", lambda: abs(complex(1.7e308, 1.7e308)))
t("abs dunder", lambda: (3 + 4j).__abs__())
for z in [0j, 1j, -1j, 1 + 1j, 2.5 + 0j, complex(0, 1.5), complex(-1, 0), complex(1, -1), complex(inf, 0), complex(0, inf),
          complex(1e300, 1e-300), complex(-1, -1), complex(2**60, 2**61)]:
    print(repr(z), hash(z))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(complex(0, 1)) == 1000003, hash(complex(-1, 0)))
n = complex(nan, 1)
print(hash(n) == hash(n), {n: 2}[n], n == n, n != n, [bool(z) for z in (0j, -0j, 1j, complex(nan, 0), 1 + 0j)])
