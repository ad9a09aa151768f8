"""doc"""
import os
x = 1
y = x + 2 * 3
print(x, y, -1, not a)
if x and y or z:
    z = [1, 2, 3]
else:
    z = {'a': 1, 'b': x}
for i in range(10):
    if i: continue
    break
while x < 3 < y:
    x += 1
a.b.c = d[1:2]
del a[0], b
f"{x!r:>10} and {y}"
