import marshal
s = "shared string"
three = [s, s, s]
print(marshal.dumps(three))
n = 123456
pair = (n, n)
print(marshal.dumps(pair))
f = 2.5
d = {"a": f, "b": f}
print(marshal.dumps(d))
t = (1, 2)
tt = [t, t]
print(marshal.dumps(tt))
# Version 2 and lower write no references.
two = [s, s]
print(marshal.dumps(two, 2))
print(marshal.dumps(two, 3))
r = marshal.loads(marshal.dumps(two))
print(r[0] is r[1])
