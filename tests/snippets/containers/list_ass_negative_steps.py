# slice assignment and deletion with negative steps and reversed bounds
base = list(range(8))
for sl in (slice(None, None, -1), slice(6, 1, -2), slice(-1, -9, -3), slice(2, 6, -1), slice(5, 2, 1), slice(None, 3, -2)):
    l = base[:]
    n = len(l[sl])
    l[sl] = [x * 100 for x in range(n)]
    m = base[:]
    del m[sl]
    print(sl, n, l, m)
l = base[:]
l[5:2] = ["a", "b"]
print(l)
l = base[:]
l[-2:-5:-1] = "xyz"
print(l)
l = base[:]
del l[7:0:-3]
print(l)
