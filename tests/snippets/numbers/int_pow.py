def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for b in [0, 1, -1, 2, -2, 3, 10, -7]:
    print(b, [b ** e for e in range(0, 6)], b ** 63 if abs(b) < 3 else b ** 20)
print(2 ** 100, (-3) ** 41, 7 ** 0)
t("2**-1", lambda: 2 ** -1)
t("-2**-3", lambda: (-2) ** -3)
t("0**-1", lambda: 0 ** -1)
t("0**0", lambda: 0 ** 0)
t("big neg exp", lambda: (10 ** 400) ** -1)
t("2**-2000", lambda: 2 ** -2000)
t("1**big", lambda: 1 ** (10 ** 30))
t("-1**big", lambda: (-1) ** (10 ** 30 + 1))
t("0**big", lambda: 0 ** (10 ** 30))
print(type(2 ** -1).__name__, type(2 ** 2).__name__, type(True ** 2).__name__)
