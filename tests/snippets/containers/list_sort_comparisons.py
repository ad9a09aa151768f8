# the exact sequence of comparisons timsort makes, seen through __lt__
log = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self): return f"K({self.v})"
for data in ([3, 1, 2], [1, 2, 3, 4, 5], [5, 4, 3, 2, 1], [2, 2, 1, 1, 3, 3, 0], list(range(10, 0, -1)) + list(range(10))):
    log.clear()
    r = sorted(K(x) for x in data)
    print([k.v for k in r], len(log), log[:12])
class Rng:
    # a small deterministic LCG (the snippets avoid importing random)
    def __init__(self, seed): self.x = seed
    def randrange(self, a, b=None):
        if b is None: a, b = 0, a
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2**64
        return a + (self.x >> 11) % (b - a)
    def random(self):
        return self.randrange(2**53) / 2**53
    def choice(self, seq):
        return seq[self.randrange(len(seq))]
rng = Rng(7)
for n in (40, 70, 200):
    data = [rng.randrange(1000) for _ in range(n)]
    log.clear()
    sorted(map(K, data))
    print(n, len(log), sum(a * 3 + b for a, b in log) % 100003)
data = list(range(100)) + list(range(50))
log.clear(); sorted(map(K, data)); print(len(log))
