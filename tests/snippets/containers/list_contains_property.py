# `in`, count and index over generated lists of mixed numbers, against explicit loops
class Rng:
    def __init__(self, seed): self.x = seed
    def randrange(self, n):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.x >> 11) % n
rng = Rng(21)
pool = [0, 1, 2, 1.0, 2.5, True, False, -1, 0.0, 3, "1", None]
bad = 0
for _ in range(500):
    l = [pool[rng.randrange(len(pool))] for _ in range(rng.randrange(8))]
    t = tuple(l)
    x = pool[rng.randrange(len(pool))]
    loop_in = any(y is x or y == x for y in l)
    loop_count = sum(1 for y in l if y is x or y == x)
    if (x in l) != loop_in or (x in t) != loop_in: bad += 1
    if l.count(x) != loop_count or t.count(x) != loop_count: bad += 1
    if loop_in:
        first = next(i for i, y in enumerate(l) if y is x or y == x)
        if l.index(x) != first or t.index(x) != first: bad += 1
print("bad", bad)
