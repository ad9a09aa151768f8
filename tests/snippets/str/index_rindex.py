def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


s = "abcabcabc"
t(lambda: s.index("c"))
t(lambda: s.rindex("c"))
t(lambda: s.index("c", 3))
t(lambda: s.rindex("c", 0, 8))
t(lambda: s.index("x"))
t(lambda: s.rindex("x"))
t(lambda: s.index("", 9))
t(lambda: s.index("", 10))
t(lambda: s.rindex("", 4, 2))
t(lambda: s.index())
t(lambda: s.index(3))
t(lambda: s.rindex("a", "b"))
t(lambda: s.index("a", 1, 2, 3))
t(lambda: s.index(sub="a"))
