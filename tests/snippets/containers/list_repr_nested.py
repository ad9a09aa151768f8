# reprs of nested and shared containers (shared is not recursive)
inner = [1, 2]
outer = [inner, inner, (inner,), {"k": inner}]
print(outer)
t = ([],)
t[0].append(t)
print(t)
d = {}
d["list"] = [d, [d]]
d["tuple"] = (d,)
print(d)
s = [[]]
s[0].append(s[0])
print(s)
print(repr([[[]], [()]]), repr({1: {2: {3: {}}}}), repr([{1}, frozenset([2])]))
print([1.0, -0.0, 1e16, float("inf"), 2**64, -1, True, None, "s", b"b", 1j])
deep = []
cur = deep
for _ in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(repr(deep)[:60], len(repr(deep)))
