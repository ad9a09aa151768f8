# slice.indices() and sequence slicing over many generated slices, including huge bounds
class Rng:
    # a small deterministic LCG (the snippets avoid importing random)
    def __init__(self, seed): self.x = seed
    def randrange(self, a, b=None):
        if b is None: a, b = 0, a
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2**64
        return a + (self.x >> 11) % (b - a)
rng = Rng(99)
vals = [None, 0, 1, 2, 3, -1, -2, -5, 7, 100, -100, 2**70, -2**70]
bad = 0
out = []
for length in range(0, 9):
    seq = list(range(length))
    for _ in range(150):
        a = vals[rng.randrange(len(vals))]
        b = vals[rng.randrange(len(vals))]
        c = [None, 1, 2, 3, -1, -2, -3, 2**65, -2**65][rng.randrange(9)]
        s = slice(a, b, c)
        start, stop, step = s.indices(length)
        model = []
        i = start
        while (step > 0 and i < stop) or (step < 0 and i > stop):
            model.append(seq[i]); i += step
        if seq[s] != model: bad += 1
        if list(range(length)[s]) != model: bad += 1
        if list(tuple(seq)[s]) != model: bad += 1
        if len(out) < 12 and length == 5: out.append((a, b, c, (start, stop, step)))
print("bad", bad)
for o in out: print(*o)
print(slice(2**80, None, -3).indices(10**30), slice(None, -2**90, 2**66).indices(2**100))
