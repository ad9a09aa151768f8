def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

cases = [(1, 3), (-1, 3), (2**53 + 1, 1), (10**30, 3), (10**300, 10**299), (1, 10**400), (-(10**400), 10**399),
         (2**1023 * 3, 2), (7, -2), (2**64, 2**63), (123456789012345678901234567890, 987654321)]
for a, b in cases:
    t((a, b), lambda: a / b)
t("too large", lambda: 10**400 / 3)
t("too large2", lambda: 2**1024 / 1)
t("zero", lambda: 1 / 0)
t("big zero", lambda: 10**400 / 0)
print((2**53 + 1) / 1 == 2**53, (2**54 + 3) / 1)
print(float(2**53 + 1), float(2**1023 + 2**970), float(-(2**64 - 1)))
t("float too big", lambda: float(2**1024))
t("float near max", lambda: float(2**1024 - 2**970))
t("float round up max", lambda: float(2**1024 - 2**969))
