# dict key/item view set operations over generated dicts, against set models
class Rng:
    # a small deterministic LCG (the snippets avoid importing random)
    def __init__(self, seed): self.x = seed
    def randrange(self, a, b=None):
        if b is None: a, b = 0, a
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2**64
        return a + (self.x >> 11) % (b - a)
rng = Rng(66)
bad = 0
for _ in range(300):
    d1 = {rng.randrange(10): rng.randrange(3) for _ in range(rng.randrange(7))}
    d2 = {rng.randrange(10): rng.randrange(3) for _ in range(rng.randrange(7))}
    k1, k2 = set(d1), set(d2)
    i1, i2 = set(d1.items()), set(d2.items())
    for got, exp in [(d1.keys() & d2.keys(), k1 & k2), (d1.keys() | d2.keys(), k1 | k2), (d1.keys() - d2.keys(), k1 - k2),
                     (d1.keys() ^ d2.keys(), k1 ^ k2), (d1.items() & d2.items(), i1 & i2), (d1.items() | d2.items(), i1 | i2),
                     (d1.items() - d2.items(), i1 - i2), (d1.items() ^ d2.items(), i1 ^ i2), (d1.keys() & list(k2), k1 & k2),
                     (set(d2) - d1.keys(), k2 - k1)]:
        if got != exp or type(got) is not set: bad += 1
    if (d1.keys() <= d2.keys()) != (k1 <= k2): bad += 1
    if (d1.items() < d2.items()) != (i1 < i2): bad += 1
    if d1.keys().isdisjoint(d2.keys()) != k1.isdisjoint(k2): bad += 1
    if d1.items().isdisjoint(d2.items()) != i1.isdisjoint(i2): bad += 1
    if (d1.keys() == k1) is not True: bad += 1
print("bad", bad)
