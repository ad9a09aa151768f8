# enumerate over generated starts (small, negative, around 2**63, huge) against a model
bad = 0
for start in (0, 1, -1, -5, 2**31, 2**63 - 3, -2**63 - 1, 2**64, 10**30):
    items = list("abcdef")
    got = list(enumerate(items, start))
    exp = [(start + i, x) for i, x in enumerate(items)]
    if got != exp: bad += 1
    e = enumerate(items, start)
    next(e); next(e)
    r = e.__reduce__()
    print(start, got[-1], r[1][1], list(e)[:1])
print("bad", bad)
class I:
    def __index__(self): return 7
print(list(enumerate("ab", I())), list(enumerate("ab", True)))
