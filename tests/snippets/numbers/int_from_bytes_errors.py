def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

t("str", lambda: int.from_bytes('abc'))
t("int", lambda: int.from_bytes(5))
t("range", lambda: int.from_bytes([256]))
t("neg", lambda: int.from_bytes([-1]))
t("missing", lambda: int.from_bytes())
t("bad order", lambda: int.from_bytes(b'\x01', 'mid'))
t("order type", lambda: int.from_bytes(b'\x01', None))
t("float item", lambda: int.from_bytes([1.0]))
t("3 pos", lambda: int.from_bytes(b'\x01', 'big', False))
