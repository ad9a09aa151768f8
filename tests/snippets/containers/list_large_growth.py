# Krait's list arrays grow faster than CPython's allocation (by half past 65,536 items); what a program
# sees must not change: contents, len, slicing, shrinking, and the sizes getsizeof reports.
import sys

a = []
for i in range(200000):
    a.append(i)
print(len(a), a[0], a[65535], a[65536], a[-1], sum(a))
del a[10:150000]
print(len(a), a[9], a[10], a[-1])
a.extend(range(100000))
print(len(a), a[-100000], a[-1])
while len(a) > 5:
    a.pop()
print(a)

b = [None] * 70000
b += [1] * 70000
b.insert(0, "first")
print(len(b), b[0], b[1], b[-1], b.count(1))

# Below the threshold the allocation steps are CPython's: getsizeof grows at the same lengths.
c, steps, last = [], [], sys.getsizeof([])
for i in range(2000):
    c.append(i)
    size = sys.getsizeof(c)
    if size != last:
        steps.append(len(c))
        last = size
print(steps)
