import marshal
a = [1]
a.append(a)
d = marshal.dumps(a)
print(d)
r = marshal.loads(d)
print(r[0], r[1] is r, len(r))
m = {}
m["self"] = m
d = marshal.dumps(m)
print(d)
r = marshal.loads(d)
print(r["self"] is r)
