# set algebra over generated sets, checked against a list model
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
rng = Rng(4242)
def model(a, b, op):
    if op == "|": return sorted(set(x for x in a + b))
    if op == "&": return sorted(x for x in set(a) if x in b)
    if op == "-": return sorted(x for x in set(a) if x not in b)
    return sorted(x for x in set(a + b) if (x in a) != (x in b))
mism = 0
sizes = []
for trial in range(400):
    a = [rng.randrange(30) for _ in range(rng.randrange(15))]
    b = [rng.randrange(30) for _ in range(rng.randrange(15))]
    sa, sb = set(a), frozenset(b)
    for op in "|&-^":
        got = sorted(eval(f"sa {op} sb"))
        if got != model(a, b, op):
            mism += 1
        meth = {"|": "union", "&": "intersection", "-": "difference", "^": "symmetric_difference"}[op]
        if sorted(getattr(sa, meth)(b)) != got:
            mism += 1
        c = set(sa)
        getattr(c, {"|": "update", "&": "intersection_update", "-": "difference_update", "^": "symmetric_difference_update"}[op])(b)
        if sorted(c) != got:
            mism += 1
    if (sa <= sb) != all(x in sb for x in sa): mism += 1
    if (sa < sb) != (sa <= sb and sa != sb): mism += 1
    if sa.isdisjoint(b) != (not (sa & sb)): mism += 1
    sizes.append(len(sa ^ sb))
print("mismatches", mism, sum(sizes))
# iteration order of int sets is the table order and must match CPython's
for n in (5, 9, 20, 50):
    s = set(rng.randrange(1000) for _ in range(n))
    print(list(s)[:10])
s = set(range(20))
for i in range(0, 20, 3):
    s.discard(i)
s.update([100, 33, 64])
print(list(s))
print([s.pop() for _ in range(5)], list(s))
