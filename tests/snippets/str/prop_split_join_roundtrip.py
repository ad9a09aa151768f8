seps = [",", ", ", "😀", "ab", "\u2028"]
samples = ["", "a", "a,b", ",a,", ",,", "x😀y😀", "abab", "aba", "1, 2, 3", "\u2028\u2028"]
for s in samples:
    for sep in seps:
        parts = s.split(sep)
        assert sep.join(parts) == s
        rparts = s.rsplit(sep)
        assert rparts == parts
        for k in range(4):
            a, b = s.split(sep, k), s.rsplit(sep, k)
            assert sep.join(a) == s and sep.join(b) == s
        print(ascii(s), ascii(sep), len(parts), ascii(s.split(sep, 1)), ascii(s.rsplit(sep, 1)))
