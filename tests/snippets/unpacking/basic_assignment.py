# tuple/list unpacking in assignments
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
[c, d] = "xy"
print(c, d)
(e, f), g = [3, 4], 5
print(e, f, g)
h, = [6]
print(h)
[i] = (7,)
print(i)
() = []
[] = ""
print("empty targets ok")
x = y = z = 0
print(x, y, z)
p, q = {"k1": 1, "k2": 2}
print(sorted([p, q]))
r, s, t = range(3)
print(r, s, t)
