def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for s, b in [("", 10), (" ", 10), ("12a", 10), ("0x", 16), ("0x", 0), ("010", 0), ("0_1", 0), ("08", 0),
             ("1__0", 10), ("_1", 10), ("1_", 10), ("0x__1", 16), ("0b2", 2), ("0o8", 8), ("1.5", 10),
             ("+-1", 10), ("- 1", 10), ("1 2", 10), ("\x001", 10), ("1\x00", 10), ("0xg", 0), ("z", 35)]:
    t((s, b), lambda: int(s, b))
t("long", lambda: int("x" * 300))
t("base 1", lambda: int("1", 1))
t("base 37", lambda: int("1", 37))
t("base -1", lambda: int("1", -1))
t("base float", lambda: int("1", 2.0))
t("base huge", lambda: int("1", 2**100))
t("non-str base", lambda: int(12, 10))
t("float base", lambda: int(12.5, 10))
t("missing", lambda: int(base=10))
t("kw x", lambda: int(x="1"))
t("3 args", lambda: int("1", 10, 3))
t("bad kw", lambda: int("1", bse=10))
