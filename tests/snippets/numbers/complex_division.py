def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

inf, nan = float("inf"), float("nan")
pairs = [(1 + 2j, 3 + 4j), (1, 1j), (1j, 1), (1 + 1j, 1e-300 + 1e-300j), (1e300 + 1e300j, 1e300 + 1e300j),
         (1 + 2j, 2.0), (5, 2 + 1j), (-3 - 3j, 0.5j), (1 + 1j, inf), (1 + 1j, complex(inf, 1)), (1 + 1j, complex(nan, 0)),
         (1 + 1j, complex(0, nan)), (inf, 1 + 1j), (1e-320j, 1e-320), (7, -7j), (0.5, 0.25 + 0.5j)]
for a, b in pairs:
    t((a, b), lambda: a / b)
t("zero", lambda: (1 + 1j) / 0)
t("zero float", lambda: 1j / 0.0)
t("zero complex", lambda: 1 / 0j)
t("zero neg", lambda: 1j / complex(-0.0, -0.0))
t("int by complex zero", lambda: 5 / (0 + 0j))
t("floordiv", lambda: (1 + 1j) // 2)
t("mod", lambda: (1 + 1j) % 2)
t("divmod", lambda: divmod(1 + 1j, 2))
t("rfloordiv", lambda: 2 // 1j)
