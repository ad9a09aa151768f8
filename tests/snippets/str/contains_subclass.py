def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class S(str):
    def __contains__(self, x):
        return x == "magic"
s = S("abc")
t(lambda: "a" in s)
t(lambda: "magic" in s)
t(lambda: str.__contains__(s, "a"))
t(lambda: s.find("a"))
class T(str):
    pass
t(lambda: T("b") in "abc")
t(lambda: "b" in T("abc"))
t(lambda: T("abc").__contains__(T("bc")))
