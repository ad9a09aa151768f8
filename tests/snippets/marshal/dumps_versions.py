import marshal
value = [None, 1, 2**40, 1.5, "abc", "é", b"b", (1,), {"k": "v"}, frozenset([7])]
for ver in range(5):
    d = marshal.dumps(value, ver)
    print(ver, d)
    print(marshal.loads(d) == value)
print(marshal.dumps(1, 5), marshal.dumps("x", 100), marshal.dumps(1.5, -1))
z = 1j
for ver in range(5):
    print(ver, marshal.dumps(z, ver))
