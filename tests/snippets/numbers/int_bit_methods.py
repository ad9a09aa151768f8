def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for n in [0, 1, -1, 2, 7, -8, 255, 256, 2**63 - 1, -2**63, 2**64, -(2**100) + 1, 10**30]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio())
t("bit_length arg", lambda: (5).bit_length(1))
t("bit_count kw", lambda: (5).bit_count(x=1))
t("as_integer_ratio arg", lambda: (5).as_integer_ratio(2))
print(True.bit_length(), False.bit_count(), True.as_integer_ratio())
print(type(True.as_integer_ratio()[0]).__name__)
