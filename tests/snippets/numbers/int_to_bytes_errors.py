def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

t("neg len", lambda: (1).to_bytes(-1))
t("bad order", lambda: (1).to_bytes(1, 'middle'))
t("order type", lambda: (1).to_bytes(1, 5))
t("len float", lambda: (1).to_bytes(1.0))
t("too big", lambda: (256).to_bytes())
t("too big signed", lambda: (128).to_bytes(1, signed=True))
t("too small signed", lambda: (-129).to_bytes(1, signed=True))
t("negative unsigned", lambda: (-1).to_bytes())
t("neg zero len", lambda: (-1).to_bytes(0, signed=True))
t("3 positional", lambda: (1).to_bytes(1, 'big', True))
t("bad kw", lambda: (1).to_bytes(1, 'big', x=True))
t("huge len", lambda: (5).to_bytes(2**70))
t("dup", lambda: (1).to_bytes(1, length=1))
