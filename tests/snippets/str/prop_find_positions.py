# find/rfind/count against a brute-force scan, over many (start, end) pairs.
hay = "ab😀ab\u0301aab😀a"
subs = ["a", "ab", "😀", "b😀", "aa", "", "\u0301", "x"]
def brute(h, s, start, end, last):
    n = len(h)
    st, en = slice(start, end).indices(n)[:2]
    if start is not None and start > n:
        return -1
    hits = [i for i in range(st, en - len(s) + 1) if h[i:i + len(s)] == s] if en - st >= len(s) else []
    if not hits:
        return -1
    return hits[-1] if last else hits[0]
bad = 0
total = 0
for s in subs:
    for start in (None, -20, -5, -1, 0, 1, 3, 8, 11, 12, 20):
        for end in (None, -20, -3, 0, 2, 5, 11, 12, 30):
            f = hay.find(s, start, end)
            r = hay.rfind(s, start, end)
            total += 1
            if f != brute(hay, s, start, end, False) or r != brute(hay, s, start, end, True):
                bad += 1
                print("mismatch", ascii(s), start, end, f, r)
    print(ascii(s), hay.count(s), hay.count(s, 2), hay.count(s, -4, -1))
print(total, bad)
