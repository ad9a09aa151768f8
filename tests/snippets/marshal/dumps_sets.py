import marshal
for v in (set(), {1}, {1, 2, 3}, {1, 2, 3, 4}):
    d = marshal.dumps(v)
    print(sorted(v), d, marshal.loads(d) == v, type(marshal.loads(d)).__name__)
for v in (frozenset(), frozenset({1}), frozenset({1, 2, 3})):
    d = marshal.dumps(v)
    r = marshal.loads(d)
    print(sorted(v), d, r == v, type(r).__name__)
print(marshal.loads(marshal.dumps(frozenset())) is frozenset())
both = [frozenset({5}), {6}]
print(marshal.dumps(both))
