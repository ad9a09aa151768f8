# range equality and hashing are by the sequence of values
class Rng:
    # a small deterministic LCG (the snippets avoid importing random)
    def __init__(self, seed): self.x = seed
    def randrange(self, a, b=None):
        if b is None: a, b = 0, a
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2**64
        return a + (self.x >> 11) % (b - a)
rng = Rng(3)
ranges = []
for _ in range(300):
    a = rng.randrange(-6, 7); b = rng.randrange(-6, 7); c = [1, 2, 3, -1, -2, 5][rng.randrange(6)]
    ranges.append(range(a, b, c))
bad = 0
for r1 in ranges[:120]:
    for r2 in ranges[:120]:
        eq = list(r1) == list(r2)
        if (r1 == r2) != eq: bad += 1
        if eq and hash(r1) != hash(r2): bad += 1
print("bad", bad, len({r for r in ranges}), len({tuple(r) for r in ranges}))
print(range(0, 3, 2) == range(0, 4, 2), range(5, 5) == range(9, 2), hash(range(5, 5)) == hash(range(9, 2)))
print(range(2**64, 2**64 + 1) == range(2**64, 2**64 + 1, 5), hash(range(2**64, 2**65, 2**63)) == hash(range(2**64, 2**65 - 1, 2**63)))
