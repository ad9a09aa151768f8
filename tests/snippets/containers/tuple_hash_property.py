# tuple hash over many generated tuples (hashes are deterministic for ints, floats, None, bools, tuples)
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
rng = Rng(99)
def gen(depth=0):
    k = rng.randrange(6 if depth < 2 else 4)
    if k == 0: return rng.randrange(-10**6, 10**6)
    if k == 1: return rng.random() * 1000 - 500
    if k == 2: return rng.choice([True, False, 0, -1, 2**61 - 1, 2**61, -2**63])
    if k == 3: return rng.randrange(-2**100, 2**100)
    return tuple(gen(depth + 1) for _ in range(rng.randrange(4)))
acc = 0
for i in range(3000):
    t = tuple(gen() for _ in range(rng.randrange(6)))
    acc = (acc * 31 + hash(t)) % (2**64)
    if i < 8:
        print(hash(t))
print(acc)
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset(range(10))), hash(frozenset([(1, 2), -1, 3.5])))
fa = 0
for i in range(500):
    fs = frozenset(rng.randrange(-50, 50) for _ in range(rng.randrange(20)))
    fa = (fa * 37 + hash(fs)) % (2**64)
print(fa)
print(hash(frozenset([frozenset([1]), frozenset()])))
