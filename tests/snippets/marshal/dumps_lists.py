import marshal
for v in ([], [1], [1, "a", 2.5], [[1], [2, [3]]], [None, True, False]):
    print(repr(v), marshal.dumps(v))
inner = [1, 2]
outer = [inner, inner, [inner]]
print(marshal.dumps(outer))
r = marshal.loads(marshal.dumps(outer))
print(r, r[0] is r[1], r[2][0] is r[0])
big = list(range(1000))
print(marshal.loads(marshal.dumps(big)) == big)
