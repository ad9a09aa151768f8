# random insert/pop/remove/index/slice-delete operations on a list, checked against a model built from slices
class Rng:
    def __init__(self, seed): self.x = seed
    def randrange(self, a, b=None):
        if b is None: a, b = 0, a
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2**64
        return a + (self.x >> 11) % (b - a)
rng = Rng(5)
l = []
m = []
bad = 0
for step in range(4000):
    op = rng.randrange(7)
    n = len(m)
    if op == 0:
        i = rng.randrange(-n - 3, n + 4); v = rng.randrange(50)
        l.insert(i, v)
        j = max(0, min(n, i + n if i < 0 else i))
        m = m[:j] + [v] + m[j:]
    elif op == 1 and n:
        i = rng.randrange(-n, n)
        a = l.pop(i)
        j = i + n if i < 0 else i
        b = m[j]; m = m[:j] + m[j + 1:]
        if a != b: bad += 1
    elif op == 2:
        v = rng.randrange(50)
        try:
            l.remove(v)
            j = m.index(v); m = m[:j] + m[j + 1:]
        except ValueError:
            if v in m: bad += 1
    elif op == 3 and n:
        v = rng.randrange(50); s = rng.randrange(-n, n)
        try:
            r = l.index(v, s)
        except ValueError:
            r = -1
        s2 = s + n if s < 0 else s
        exp = next((k for k in range(s2, n) if m[k] == v), -1)
        if r != exp: bad += 1
    elif op == 4 and n:
        a = rng.randrange(-n, n); b = rng.randrange(-n, n); c = rng.choice if False else [1, 2, -1, 3][rng.randrange(4)]
        del l[a:b:c]
        idx = set(range(n)[a:b:c])
        m = [x for k, x in enumerate(m) if k not in idx]
    elif op == 5:
        v = rng.randrange(50)
        l.append(v); m = m + [v]
    else:
        if l.count(rng.randrange(50)) < 0: bad += 1
    if l != m: bad += 1
print(bad, len(l), l[:10], sum(l))
