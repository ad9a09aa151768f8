def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

class WithFloat:
    def __float__(self):
        return 2.5
class WithIndex:
    def __index__(self):
        return 7
class BadFloat:
    def __float__(self):
        return 1
class BigIndex:
    def __index__(self):
        return 10**400
class Sub(float): pass
class RetSub:
    def __float__(self):
        return Sub(3.5)
t("empty", lambda: float())
t("float", lambda: float(WithFloat()))
t("index", lambda: float(WithIndex()))
t("bad", lambda: float(BadFloat()))
t("big index", lambda: float(BigIndex()))
t("int", lambda: float(10))
t("big int", lambda: float(10**400))
t("bool", lambda: float(True))
t("list", lambda: float([]))
t("none", lambda: float(None))
t("complex", lambda: float(1j))
t("kw", lambda: float(x=1))
t("2 args", lambda: float(1, 2))
s = Sub(1.5)
print(repr(s), type(s).__name__, s + 1, type(s + 1).__name__, type(Sub()).__name__, Sub("2.5"), Sub(WithIndex()))
s.attr = 3
print(s.attr, float(s), type(float(s)).__name__, hash(s) == hash(1.5), s == 1.5)
print(float.__new__(Sub, 2.0), type(float.__new__(Sub, 2.0)).__name__)
t("float new bad", lambda: float.__new__(int, 2.0))
