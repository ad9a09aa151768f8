def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


s = "one two one two one"
print(s.replace("one", "1"))
print(s.replace("one", "1", 2))
print(s.replace("one", "1", 0))
print(s.replace("one", "1", -1))
print(s.replace("", "-"))
print(s.replace("", "-", 3))
print("".replace("", "x"), "".replace("", "x", 0), "".replace("a", "b"))
print("aaa".replace("a", "aa"), "aaa".replace("aa", "b"), "abc".replace("b", ""))
print("😀a😀".replace("", "|"), "😀a😀".replace("😀", "x", 1), "é😀".replace("é", "e"))
t(lambda: s.replace())
t(lambda: s.replace("a"))
t(lambda: s.replace(1, "x"))
t(lambda: s.replace("a", 1))
t(lambda: s.replace("a", "b", "c"))
t(lambda: s.replace("a", "b", 1.5))
t(lambda: s.replace("a", "b", count=1))
t(lambda: s.replace("a", "b", 1, 2))
t(lambda: s.replace("a", "b", 2**100))
