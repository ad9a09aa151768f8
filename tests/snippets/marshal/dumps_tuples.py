import marshal
for v in ((), (1,), (1, 2), (1, (2, (3, ()))), ("a", 1.5, None), ((), ())):
    print(repr(v), marshal.dumps(v))
t = tuple(range(300))
d = marshal.dumps(t)
print(len(d), marshal.loads(d) == t)
t255 = tuple(range(255))
print(len(marshal.dumps(t255)), marshal.loads(marshal.dumps(t255)) == t255)
x = [1]
pair = (x, x)
print(marshal.dumps(pair))
mixed = (1, [2])
print(marshal.dumps(mixed))
for ver in range(5):
    print(ver, marshal.dumps((1, (2,)), ver))
