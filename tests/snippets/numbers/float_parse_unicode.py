def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for s in ["\u0661\u0662.\u0665", "\uff11.\uff15", "\u00a01.5\u2003", "\u30002e3\u3000", "\x85-1\x85", "\u2028.5",
          "\U0001d7d9.\U0001d7da", "\u00bd", "\u2167", "1\u00b2", "\u0661_\u0662", "\u0661e\u0662", "\u0beb.\u0bec"]:
    t(repr(s), lambda: float(s))
t("bytes", lambda: float(b"  1.25 "))
t("bytes inf", lambda: float(b"-inf"))
t("bytes bad", lambda: float(b"1.2.3"))
t("bytes nonascii", lambda: float(b"\xb91"))
class S(str): pass
t("str subclass", lambda: float(S("2.5")))
class SF(str):
    def __float__(self):
        return 9.5
t("str sub with __float__", lambda: float(SF("2.5")))
