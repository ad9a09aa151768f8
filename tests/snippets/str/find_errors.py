def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: "a".find())
t(lambda: "a".find(1))
t(lambda: "a".find("a", 1, 2, 3))
t(lambda: "a".find("a", x=1))
t(lambda: "a".find("a", "x"))
t(lambda: "a".find("a", 1.5))
t(lambda: "a".find("a", 0, 2.0))
t(lambda: "a".rfind(None))
t(lambda: "a".rfind())
t(lambda: "abc".find("c", -2**100))
t(lambda: "abc".find("c", 2**100))
t(lambda: "abc".rfind("a", None, -2**100))
t(lambda: "abc".find("b", True))
