def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

print(float.__getformat__("double"), float.__getformat__("float"), (1.0).__getformat__("double"))
t("bad value", lambda: float.__getformat__("long double"))
t("bad type", lambda: float.__getformat__(1))
t("no args", lambda: float.__getformat__())
t("two args", lambda: float.__getformat__("double", "x"))
t("kw", lambda: float.__getformat__(typestr="double"))
class F(float): pass
print(F.__getformat__("double"))
t("fromhex none", lambda: float.fromhex())
t("fromhex two", lambda: float.fromhex("1", 2))
t("fromhex kw", lambda: float.fromhex(s="1"))
