# the exact iteration order of int sets through adds, discards, resizes and pops (CPython's table algorithm)
class Rng:
    # a small deterministic LCG (the snippets avoid importing random)
    def __init__(self, seed): self.x = seed
    def randrange(self, a, b=None):
        if b is None: a, b = 0, a
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2**64
        return a + (self.x >> 11) % (b - a)
rng = Rng(31337)
for trial in range(12):
    s = set()
    for step in range(rng.randrange(5, 400)):
        op = rng.randrange(10)
        v = rng.randrange(-500, 500) * (1 if rng.randrange(3) else 1000003)
        if op < 6:
            s.add(v)
        elif op < 9:
            s.discard(v)
        elif s:
            s.pop()
    print(len(s), list(s)[:12], sum(s) % 1000)
f = frozenset(range(-40, 200, 9))
print(list(f)[:20])
s = set(range(100))
popped = [s.pop() for _ in range(10)]
s.update(range(1000, 1010))
print(popped, list(s)[:15])
