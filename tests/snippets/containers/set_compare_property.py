# set comparison operators over generated sets, against definitions via all()
class Rng:
    # a small deterministic LCG (the snippets avoid importing random)
    def __init__(self, seed): self.x = seed
    def randrange(self, a, b=None):
        if b is None: a, b = 0, a
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2**64
        return a + (self.x >> 11) % (b - a)
rng = Rng(8)
bad = 0
for _ in range(600):
    a = {rng.randrange(12) for _ in range(rng.randrange(8))}
    b = {rng.randrange(12) for _ in range(rng.randrange(8))}
    fb = frozenset(b)
    sub = all(x in b for x in a)
    sup = all(x in a for x in b)
    checks = [(a <= b, sub), (a < b, sub and a != b), (a >= fb, sup), (a > fb, sup and a != b),
              (a == fb, sub and sup), (a != b, not (sub and sup)), (a.issubset(list(b)), sub),
              (a.issuperset(iter(b)), sup), (a.isdisjoint(b), not any(x in b for x in a)),
              (a.keys() if False else True, True)]
    bad += sum(1 for got, exp in checks if got != exp)
print("bad", bad)
