s = "é😀x"
it = iter(s)
print(type(it).__name__, next(it), list(it), list(it))
it2 = iter("abc")
print(type(it2).__name__)
print(list(enumerate("ab😀")), "".join(reversed("ab😀")), [c * 2 for c in "x😀"])
a, b, c = "é😀x"
print(a, b, c)
print(*"hi😀", sep="|")
print(dict.fromkeys("aba"), set("aab") == {"a", "b"}, tuple("😀😀"))
