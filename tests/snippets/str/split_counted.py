# split() with no limit, on whitespace and on a separator: every piece, empty pieces, the whole string when
# nothing splits, non-BMP text, str subclasses (results are exact strs).
for s in ["", " ", "a", " a ", "a b", "  a  b  ", "\ta\nb\x1cc\u3000d\xa0e", "one", "😀 x 😀", "a\u2028b"]:
    print(repr(s), s.split(), s.split(" "), s.split("a"), s.split("  "))
s = "a,b,,c,"
print(s.split(","), s.split(",,"), s.split("c,"), s.split("x"), s.split(sep=","), s.split(",", -1))
print("abc".split("abc"), "abcabc".split("abc"), "aaa".split("a"), "aaaa".split("aa"))


class S(str):
    pass


for r in [S("a b").split(), S("ab").split(), S("ab").split(","), S("a,b").split(",")]:
    print(r, [type(x).__name__ for x in r])
t = "word"
print(t.split()[0] == t, t.split(",")[0] == t, len("x y z".split()), "😀,😀".split(","), "a😀b".split("😀"))
try:
    "a".split("")
except ValueError as e:
    print(e)
try:
    "a".split(1)
except TypeError as e:
    print(e)
print("a b c".split(None), "a b c".split(maxsplit=1), "a,b,c".split(",", 1), "a b".rsplit())
