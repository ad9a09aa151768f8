for s in ["", "a", "😀", "😀😀", "e\u0301", "\ud800", "a\ud800b", "\U0010ffff" * 3, "ab" * 1000]:
    print(ascii(s[:6]), len(s), bool(s), len(s.encode("utf-8", "surrogatepass")), len(s.encode("utf-16-le", "surrogatepass")) // 2)
print(len(str()), bool(str()), not "", not " ")
