def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

vals = [7, -7, 1, -1, 0, 13, 2**64 + 3, -(2**64 + 3), 2**63, -2**63]
divs = [2, -2, 3, -3, 1, -1, 2**64, -(2**64), 7]
for a in vals:
    print(a, [(a // d, a % d) for d in divs])
    print([divmod(a, d) == (a // d, a % d) for d in divs])
t("div zero", lambda: 1 // 0)
t("mod zero", lambda: 1 % 0)
t("divmod zero", lambda: divmod(1, 0))
t("big div zero", lambda: (2**100) // 0)
print(-2**63 // -1, (-2**63) % -1)
