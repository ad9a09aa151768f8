# dict.__sizeof__ follows the table CPython would have (Krait reports the general layout's size: keys here are
# ints, tuples and non-str objects, whose tables CPython lays out the same way) through growth, copies, updates,
# merges, comprehensions and deletions.


def size(d):
    return d.__sizeof__()


def grow_steps(n):
    d, out, last = {}, [], size({})
    for i in range(n):
        d[i] = i
        if size(d) != last:
            out.append((len(d), size(d)))
            last = size(d)
    return out


print("insert", grow_steps(3000))
print("comp range", [size({i: i for i in range(n)}) for n in (0, 1, 5, 6, 10, 11, 21, 22, 100, 1000, 5000)])
print("comp step", [size({i: 0 for i in range(0, n, 3)}) for n in (0, 30, 300)])
print("comp dupes", [size({i % 7: i for i in range(n)}) for n in (0, 5, 100)])
print("comp filter", [size({i: i for i in range(n) if i % 2}) for n in (10, 100, 1000)])
print("comp list src", [size({x: 1 for x in list(range(n))}) for n in (0, 6, 50)])
print("comp pairs", [size({k: v for k, v in zip(range(n), range(n))}) for n in (0, 6, 50)])
print("comp expr key", [size({-i: i for i in range(n)}) for n in (6, 50)], [size({i: j for i in range(n) for j in range(2)}) for n in (6, 50)])

base = {i: i for i in range(100)}
print("copy", size(base.copy()), size(dict(base)), size({**base}))
holes = dict(base)
for i in range(0, 100, 2):
    del holes[i]
print("copy with holes", size(holes), size(holes.copy()), size(dict(holes)), list(holes.copy())[:5])
few = dict(base)
for i in range(0, 100):
    if i % 10:
        del few[i]
print("copy mostly holes", size(few), size(few.copy()), size(dict(few)), list(few.copy()))
popped = {i: i for i in range(1000)}
for _ in range(990):
    popped.popitem()
print("popitem", size(popped), size(popped.copy()), size(dict(popped)), list(dict(popped)))

u = {}
u.update(base)
print("update empty", size(u), end=" ")
u.update({i: i for i in range(100, 400)})
print(size(u), end=" ")
u.update({i: i for i in range(50)})
print(size(u), len(u))
v = {-1: 0}
v.update({i: i for i in range(20)})
print("update small", size(v), end=" ")
v |= {i: i for i in range(20, 60)}
print(size(v), size(v | base), size(base | v))
w = dict(zip(range(500), range(500)))
print("zip", size(w), size(dict(enumerate("abcdefgh"))), size(dict([(1, 2), (3, 4)])))
print("fromkeys", size(dict.fromkeys(range(10))), size(dict.fromkeys(base)), size(dict.fromkeys(set(range(30)))))

churn = {}
for i in range(5000):
    churn[i] = i
    if i >= 10:
        del churn[i - 10]
print("churn", size(churn), len(churn), list(churn))
churn.clear()
print("cleared", size(churn))

for u in (0, 1, 3):
    row = []
    for n in (1, 3, 5, 6, 8, 10, 11, 15, 20, 21, 22, 30, 42, 43, 85, 86, 100):
        d = {-i - 1: 0 for i in range(u)}
        d.update({i: i for i in range(n)})
        row.append(size(d))
    print("update into", u, row)
print("literals", size({1: 1}), size({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}),
      size({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11}),
      size({(1,): 1, (2,): 2, (3,): 3, (4,): 4, (5,): 5, (6,): 6, (7,): 7, (8,): 8, (9,): 9, (10,): 10, (11,): 11, (12,): 12,
            (13,): 13, (14,): 14, (15,): 15, (16,): 16, (17,): 17, (18,): 18, (19,): 19, (20,): 20, (21,): 21}))
