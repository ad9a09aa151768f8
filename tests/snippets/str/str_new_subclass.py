def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class S(str):
    def __new__(cls, v, extra=""):
        return super().__new__(cls, v + extra)
t(lambda: S("a", "b"))
t(lambda: type(S("a")).__name__)
t(lambda: str.__new__(S, "q"))
t(lambda: type(str.__new__(S, "q")).__name__)
t(lambda: str.__new__(S, b"x", "ascii"))
t(lambda: str.__new__(int, "x"))
t(lambda: str.__new__(1))
class T(str):
    pass
x = T("val")
x.attr = 5
print(x, x.attr, len(x), x.upper(), vars(x))
