def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for s in ["\u0663\u0664", "\uff11\uff12", " \u0661\u0660 ", "\U0001d7d9\U0001d7da", "\u00a012\u2003",
          "\u30001\u3000", "\x851\x85", "\u2028-5\u2029", "\v7\f", "\x1c1", "1\x1f", "\u00b2", "\u2167", "\u0664_\u0665"]:
    t(repr(s), lambda: int(s))
t("bytes", lambda: int(b"  42 "))
t("bytes base", lambda: int(b"ff", 16))
t("bytes bad", lambda: int(b"x1"))
t("bytes nonascii", lambda: int(b"\xff"))
t("float str", lambda: float("\u0661.\u0665"))
