def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


s = "aaaa abab"
for args in [("a",), ("aa",), ("ab",), ("",), ("", 2), ("", 9), ("", 10), ("", -1), ("a", 2, 4), ("a", -4), ("b", 0, -1), ("zz",)]:
    print(args, s.count(*args))
print("".count(""), "".count("a"), "x".count("", 5, 0))
t(lambda: s.count())
t(lambda: s.count(1))
t(lambda: s.count("a", "1"))
t(lambda: s.count("a", 0, 1, 2))
print("😀😀a😀".count("😀"), "😀😀a😀".count("", 1), "😀😀a😀".count("a", 2, 3))
