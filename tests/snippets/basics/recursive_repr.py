l = [1, 2]
l.append(l)
print(l, len(l), l[2] is l)
d = {"self": None}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
a = [1]
b = [a]
a.append(b)
print(a, b)
nested = [[[]]]
print(nested, repr(nested))
s = [1]
s.append({"list": s})
print(s)
