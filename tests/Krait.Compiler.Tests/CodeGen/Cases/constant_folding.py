a = -1
b = 2 ** 10
c = 2 ** 200
d = "ab" * 3
e = (1, 2) * 3
f = 1 / 2
g = 7 // -2
h = -7 % 3
i = ~5
j = not 1
k = "abc"[1]
l = (1, (2, 3))[1]
m = 1 << 200
n = x in [1, 2, 3]
o = x not in {1, 2, 3}
p = not (a is b)
q = not (a in b)
r = __debug__
s = 1.5 * 2
t = 3 - 1j
u = "%s and %r" % (a, b)
v = "%-5s|%5.2s" % (a, b)
w = "%d" % (a,)
for z in [a, b]:
    pass
for z in {1, 2}:
    pass
y = True + 1
y2 = True & False
