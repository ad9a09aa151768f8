def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


s = "prefix-body-suffix"
print(s.removeprefix("prefix-"), s.removeprefix("body"), s.removeprefix(""), s.removeprefix(s), s.removeprefix(s + "x"))
print(s.removesuffix("-suffix"), s.removesuffix("body"), s.removesuffix(""), s.removesuffix(s))
print("😀x😀".removeprefix("😀"), "😀x😀".removesuffix("😀"))
t(lambda: s.removeprefix(1))
t(lambda: s.removesuffix(None))
t(lambda: s.removeprefix())
t(lambda: s.removesuffix("a", "b"))
t(lambda: s.removeprefix(prefix="a"))
t(lambda: s.removeprefix(("p",)))
class S(str): pass
r = S("abc").removeprefix("x")
print(type(r).__name__, r)
