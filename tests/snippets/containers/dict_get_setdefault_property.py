# get/setdefault/pop/in over generated keys including colliding hashes
class Rng:
    # a small deterministic LCG (the snippets avoid importing random)
    def __init__(self, seed): self.x = seed
    def randrange(self, a, b=None):
        if b is None: a, b = 0, a
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2**64
        return a + (self.x >> 11) % (b - a)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 4
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return f"K{self.v}"
rng = Rng(12)
d = {}
log = []
for _ in range(2000):
    k = K(rng.randrange(40))
    op = rng.randrange(4)
    if op == 0: log.append(d.get(k, -1))
    elif op == 1: log.append(d.setdefault(k, len(d)))
    elif op == 2: log.append(d.pop(k, None))
    else: log.append(k in d)
print(len(d), sorted(d.items(), key=lambda kv: kv[0].v)[:6], sum(1 for x in log if x is None), sum(1 for x in log if x is True))
print(list(d)[:8])
