def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

class WithInt:
    def __int__(self):
        return 42
class WithIndex:
    def __index__(self):
        return 7
class WithTrunc:
    def __trunc__(self):
        return 9
class TruncIndex:
    def __trunc__(self):
        return WithIndex()
class BadInt:
    def __int__(self):
        return "x"
class BadTrunc:
    def __trunc__(self):
        return "y"
class Both:
    def __int__(self):
        return 1
    def __index__(self):
        return 2
t("int", lambda: int(WithInt()))
t("index", lambda: int(WithIndex()))
t("bad int", lambda: int(BadInt()))
t("both", lambda: int(Both()))
t("float", lambda: int(-3.99))
t("float big", lambda: int(1e20))
t("inf", lambda: int(float("inf")))
t("nan", lambda: int(float("nan")))
t("list", lambda: int([]))
t("none", lambda: int(None))
t("complex", lambda: int(1j))
t("empty", lambda: int())
t("bool", lambda: int(True))
print(type(int(True)).__name__)
