def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for n in [0, 5, 15, 25, 35, -15, -25, 149, 150, 151, 250, 12345, -12345, 10**20 + 5 * 10**19]:
    print(n, round(n), round(n, 0), round(n, -1), round(n, -2), round(n, 2), round(n, -25))
print(type(round(5, -1)).__name__, type(round(True)).__name__, type(round(True, -1)).__name__)
t("round None method", lambda: (1).__round__(None))
t("round float nd", lambda: round(1, 1.5))
t("round str nd", lambda: round(1, "2"))
t("round 2 args", lambda: (1).__round__(1, 2))
print((15).__round__(-1), (15).__round__(), round(15, None))
