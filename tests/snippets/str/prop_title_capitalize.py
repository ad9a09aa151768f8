words = ["", "a", "A", "ab", "aB", "Ab", "1a", "a1a", "ǆ", "ǅx", "ǆX", "ß", "ßa", "ﬁ", "ŉa", "ΣΣ", "aΣ", "ΣA", "ʼn", "İx", "ᾳᾳ", "𐐨a", "a'b", "a.b"]
for a in words:
    for b in ["", " ", "-", "'"]:
        s = a + b + a
        print(ascii(s), ascii(s.title()), ascii(s.capitalize()), ascii(s.swapcase()), s.istitle(), s.title().istitle())
