# mutating a list while iterating, comparing, counting
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if x < 3:
        l.append(x + 10)
print(out, l)
l = [1, 2, 3, 4]
for x in l:
    l.remove(x)
print(l)
class Evil:
    def __init__(self, lst): self.lst = lst
    def __eq__(self, other):
        self.lst.clear()
        return False
lst = [1, 2, 3]
print(lst.count(Evil(lst)), lst)
lst = [1, 2, 3]
print(Evil(lst) in lst, lst)
lst = [1, 2, 3]
try:
    lst.index(Evil(lst))
except ValueError as e:
    print(e is not None, lst)
lst = [1, 2, 3]
try:
    lst.remove(Evil(lst))
except ValueError as e:
    print(e, lst)
a = [1, 2, 3]
b = [1, 2, 3]
class Grow:
    def __eq__(self, o):
        a.append(0)
        return True
a[1] = Grow()
print(a == b, len(a))
it = iter(l := [1, 2, 3])
next(it)
l[:] = []
print(list(it))
r = reversed(l2 := [1, 2, 3, 4])
next(r)
del l2[0:3]
print(list(r))
