import marshal
for v in (2**32, 2**45, 2**45 - 1, 2**60, -2**60, 2**62, 2**63, -2**63, 2**64 + 1, 10**30, -(10**30)):
    print(v, marshal.dumps(v))
big = 2**200
print(marshal.dumps(big))
neg = -(3**100)
print(marshal.dumps(neg))
for v in (2**15, 2**30, 2**30 - 1, 2**31 + 2**15):
    d = marshal.dumps(v)
    print(v, d, marshal.loads(d) == v)
