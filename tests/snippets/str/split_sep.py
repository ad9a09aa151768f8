def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


s = "a,b,,c,"
print(s.split(","), s.rsplit(","))
print(s.split(",", 1), s.rsplit(",", 1))
print(s.split(",", 0), s.rsplit(",", 0))
print(s.split(",", -1), s.split(sep=",", maxsplit=2), s.rsplit(sep=",", maxsplit=2))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), ":::".split("::"), ":::".rsplit("::"))
print("".split(","), "".rsplit(","), "abc".split("abc"), "abc".split("abcd"))
print("a😀b😀c".split("😀"), "a😀b😀c".rsplit("😀", 1))
t(lambda: s.split(""))
t(lambda: s.rsplit(""))
t(lambda: s.split(1))
t(lambda: s.rsplit(b","))
t(lambda: s.split(",", "x"))
t(lambda: s.split(",", 1.5))
t(lambda: s.split(",", 1, 2))
t(lambda: s.split(x=1))
t(lambda: s.split(",", sep=","))
t(lambda: s.split(None, 2**64))
t(lambda: s.rsplit(maxsplit=None))
