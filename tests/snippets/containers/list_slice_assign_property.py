# slice assignment and deletion over every small start/stop/step, checked against a model
def model_assign(base, start, stop, step, vals):
    idx = list(range(len(base)))[slice(start, stop, step)]
    if step in (None, 1):
        s, e, _ = slice(start, stop, step).indices(len(base))
        e = max(e, s)
        return base[:s] + vals + base[e:]
    if len(idx) != len(vals):
        return "ValueError"
    r = base[:]
    for i, v in zip(idx, vals):
        r[i] = v
    return r
vals_opts = [[], ["a"], ["a", "b"], ["a", "b", "c"]]
bounds = [None, -7, -3, -1, 0, 1, 2, 4, 7]
steps = [None, 1, 2, 3, -1, -2]
ok = bad = 0
for n in (0, 1, 3, 5):
    base = list(range(n))
    for start, stop, step in [(a, b, c) for a in bounds for b in bounds for c in steps]:
        for vals in vals_opts:
            l = base[:]
            try:
                l[start:stop:step] = vals
                got = l
            except ValueError as e:
                got = "ValueError"
            exp = model_assign(base, start, stop, step, vals)
            if got == exp:
                ok += 1
            else:
                bad += 1
                print("mismatch", n, start, stop, step, vals, got, exp)
        l = base[:]
        del l[start:stop:step]
        keep = [x for i, x in enumerate(base) if i not in set(list(range(n))[start:stop:step])]
        if l != keep:
            print("del mismatch", n, start, stop, step)
        if base[start:stop:step] != [base[i] for i in range(n)[start:stop:step]]:
            print("get mismatch", n, start, stop, step)
print(ok, bad)
l = [0, 1, 2, 3, 4, 5]
l[1:5:2] = "xy"
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print(e)
try:
    l[2:5] = 100
except TypeError as e:
    print(e)
try:
    l[::-1] = 5
except TypeError as e:
    print(e)
l[:] = l
print(l)
l[1:3] = l
print(l)
l[::2] = l[::2][::-1]
print(l)
l[len(l):] = (9, 8)
print(l)
l[:0] = iter(range(2))
print(l)
del l[::3]
print(l)
del l[-100:100:-1]
print(l)
