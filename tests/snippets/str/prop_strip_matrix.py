chars = [None, "", "a", "ab", "😀", " x", "\u0301"]
samples = ["", "  ", "aabaa", " a b ", "😀a😀", "ab😀ba", "\u0301e\u0301", "xx yy", "\t\u3000x\u2029"]
for s in samples:
    print(ascii(s), [ascii(s.strip(c)) + "|" + ascii(s.lstrip(c)) + "|" + ascii(s.rstrip(c)) for c in chars])
