# reverse/copy/clear and aliasing
a = [1, [2], (3,)]
b = a
c = a.copy()
a.reverse()
print(a, b, c, b is a)
a.clear()
print(a, b, c)
c[1].append(9)
print(c)
d = list(range(10))
d.reverse(); print(d)
d[2:8] = reversed(d[2:8]); print(d)
e = d[:]
e.sort()
print(e == sorted(d), d[::-1][::-1] == d)
f = [3]
g = f * 1
print(g is f, g == f, f + [] is f)
