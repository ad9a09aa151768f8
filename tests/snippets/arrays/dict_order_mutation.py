# dict iteration order and errors through insert/delete cycles, popitem, copies, updates, merges and comprehensions;
# mutation during iteration raises as in CPython.


class Key:
    """Equal-hash keys whose comparisons are logged: probe order must be CPython's."""
    log = []

    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 42

    def __eq__(self, other):
        Key.log.append((self.n, other.n))
        return self.n == other.n

    def __repr__(self):
        return "K%d" % self.n


d = {}
for i in range(2000):
    d[i] = i
    if i % 3 == 0:
        del d[i // 2]
print(len(d), list(d)[:10], list(d)[-5:])
for i in range(0, 2000, 7):
    d.pop(i, None)
    d[-i] = i
print(len(d), list(d)[:8], list(d)[-8:])
while len(d) > 5:
    d.popitem()
print(d, d.popitem(), d)
d[100] = 1
d[0] = 2
print(d)

ks = [Key(i) for i in range(6)]
kd = {}
for k in ks:
    kd[k] = k.n
Key.log.clear()
print(kd[ks[4]], Key.log)
Key.log.clear()
del kd[ks[1]]
kd[Key(9)] = 9
print(list(kd.items()), Key.log)
Key.log.clear()
print(kd.popitem(), Key.log)
Key.log.clear()
print(kd.copy(), dict(kd), {**kd}, Key.log)

big = {i: i * i for i in range(300)}
half = big.copy()
for i in range(0, 300, 2):
    del half[i]
c1, c2 = half.copy(), dict(half)
c1[-1] = c2[-1] = 0
print(list(c1)[:4], list(c1)[-3:], list(c2)[-3:], c1 == c2)
upd = {-5: 5}
upd.update(half)
upd.update(zip(range(1000, 1005), "abcde"))
upd.update([(2000, 0)], extra=1)
print(len(upd), list(upd)[:3], list(upd)[-8:])
print(dict(zip(range(5), range(5, 0, -1))), dict(enumerate("xyz")), dict.fromkeys(range(4), []))
merged = big | {1: "one", 999: "new"}
print(merged[1], list(merged)[-1], len(merged), len(big))

comp = {i: str(i) for i in range(50)}
comp2 = {i: i for i in range(10) if i % 2}
comp3 = {i: j for i in range(3) for j in range(2)}
comp4 = {i: (yield_ := i * 2) for i in range(4)}
comp5 = {x: x for x in [3, 1, 3, 2, 1]}
print(list(comp)[:5], comp2, comp3, comp4, comp5)
try:
    print({i: 1 // (3 - i) for i in range(5)})
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
r = iter(range(10))
next(r)
print({i: -i for i in r})

for label, mutate in [("insert", lambda m, k: m.__setitem__(k + 1000, 0)),
                      ("delete", lambda m, k: m.__delitem__(k)),
                      ("pop", lambda m, k: m.pop(k)),
                      ("clear", lambda m, k: m.clear()),
                      ("popitem", lambda m, k: m.popitem())]:
    m = {i: i for i in range(10)}
    try:
        for k in m:
            mutate(m, k)
        print(label, "no error", m)
    except RuntimeError as e:
        print(label, "RuntimeError:", e)
m = {i: i for i in range(10)}
for k in m:
    m[k] = k * 2  # replacing values is allowed
print(m)
m = {i: i for i in range(10)}
try:
    for k, v in m.items():
        del m[k]
        m[k] = v
except RuntimeError as e:
    print("del+insert same size", e)
m = {i: i for i in range(10)}
try:
    for v in m.values():
        m.update({v + 100: 0})
except RuntimeError as e:
    print("values", e)
