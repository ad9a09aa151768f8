# a key's __eq__ that mutates the dict during lookup: the lookup restarts and stays consistent
class Mut:
    def __init__(self, d, v): self.d = d; self.v = v
    def __hash__(self): return 7
    def __eq__(self, o):
        if isinstance(o, Mut) and self.d is not None:
            d, self.d = self.d, None
            d["extra"] = 1
        return isinstance(o, Mut) and self.v == o.v
d = {}
d[Mut(None, 1)] = "one"
k = Mut(d, 1)
print(d.get(k), len(d), "extra" in d)
d = {}
for i in range(100):
    d[i] = i
for i in range(0, 100, 3):
    del d[i]
for i in range(100, 150):
    d[i] = -i
print(len(d), list(d)[:5], list(d)[-3:], sum(d))
d.clear()
print(d, len(d))
d.update(a=1)
print(d)
x = dict.fromkeys(range(5), 0)
for k in list(x):
    if k % 2:
        del x[k]
    else:
        x[k] += 10
print(x)
