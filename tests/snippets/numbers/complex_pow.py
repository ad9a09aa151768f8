def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for base in [1 + 1j, 2j, -1 + 0j, 0.5 - 0.5j, 3 + 0j, 1e10 + 1e10j]:
    print(base, [base ** n for n in range(-3, 8)])
for base, e in [(1 + 1j, 100), (1 + 1j, 101), (1 + 1j, -100), (1 + 1j, -101), (1j, 0.5), (2, 1j), (1j, 1j), (-1, 0.5),
                (1 + 2j, 2.5), (1 + 2j, 1 - 1j), (2 + 0j, 3.0), (2 + 0j, 3.5), (0j, 0), (0j, 0j), (0j, 2), (0j, 2.5),
                (1e200j, 2), (10 + 10j, 400), (1.0000001 + 0j, 10**8), (2, 1 + 0j), (2.0, 0.5j), (True, 1j)]:
    t((base, e), lambda: base ** e)
t("0 neg", lambda: 0j ** -1)
t("0 complex", lambda: 0j ** 1j)
t("0 neg float", lambda: 0j ** -0.5)
t("0 neg int base", lambda: 0 ** (-1 + 0j))
t("overflow", lambda: (1e200j) ** 2)
t("overflow general", lambda: (10 + 10j) ** 400.5)
t("mod", lambda: pow(1j, 2, 3))
t("mod None", lambda: pow(1j, 2, None))
t("dunder mod", lambda: (1j).__pow__(2, 3))
t("rdunder", lambda: (2j).__rpow__(2))
t("big int exp", lambda: 1j ** 10**400)
