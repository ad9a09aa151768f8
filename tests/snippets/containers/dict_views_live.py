# dict views are live: they see inserts, deletes and clears
d = {"a": 1}
k, v, i = d.keys(), d.values(), d.items()
d["b"] = 2
print(list(k), list(v), list(i), len(k))
del d["a"]
print(k, v, i)
d.clear()
print(k, v, i, bool(k), bool(v), bool(i))
d.update(x=1, y=2)
print(sorted(k), "x" in k, 1 in v, ("y", 2) in i, ("y", 3) in i, ["y", 2] in i)
it = iter(k)
print(next(it))
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(i)).__name__)
print(k.mapping is not d, k.mapping == d, dict(k.mapping) == d)
print(list(zip(k, v)) == list(i), [x for x in i] == [(a, b) for a, b in d.items()])
print(set(k) == set(d), sorted(i), list(map(str, v)))
e = {}
ev = e.values()
e[1] = e
print(ev if False else "skip", len(ev))
