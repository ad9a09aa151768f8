def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

big = 10 ** 5000
t("%d", lambda: "%d" % big)
t("%i", lambda: "%i" % -big)
t("%s", lambda: "%s" % big)
t("%x len", lambda: len("%x" % big))
t("%o len", lambda: len("%o" % big))
t("format x len", lambda: len(format(big, "x")))
t("format b len", lambda: len(format(big, "b")))
t("format ,", lambda: format(big, ","))
t("str.format", lambda: "{}".format(big))
t("float of big", lambda: float(10 ** 300 + 1))
print("%d|%5d|%-6d|%+d|%x|%X|%#o" % (10**20, -3, 7, 2**64, 2**70, 2**70, 2**70))
