# random dict operations checked against an association-list model (order included)
class Rng:
    def __init__(self, seed): self.x = seed
    def randrange(self, n):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.x >> 11) % n
rng = Rng(77)
d = {}
model = []
def mfind(k):
    for i, (mk, _) in enumerate(model):
        if mk == k:
            return i
    return -1
bad = 0
for step in range(6000):
    op = rng.randrange(6)
    k = rng.randrange(60) - 20
    if rng.randrange(4) == 0:
        k = (k, "t")
    if op <= 1:
        v = rng.randrange(1000)
        d[k] = v
        i = mfind(k)
        if i >= 0: model[i] = (k, v)
        else: model.append((k, v))
    elif op == 2:
        i = mfind(k)
        r = d.pop(k, None)
        if i >= 0:
            if r != model[i][1]: bad += 1
            del model[i]
        elif r is not None: bad += 1
    elif op == 3:
        if (k in d) != (mfind(k) >= 0): bad += 1
    elif op == 4:
        v = d.setdefault(k, step)
        i = mfind(k)
        if i < 0: model.append((k, step))
        elif model[i][1] != v: bad += 1
    else:
        if d and rng.randrange(10) == 0:
            pk, pv = d.popitem()
            if model[-1] != (pk, pv): bad += 1
            model.pop()
    if step % 500 == 0:
        if list(d.items()) != model: bad += 1
print(bad, len(d), list(d.items()) == model, list(d)[:8])
