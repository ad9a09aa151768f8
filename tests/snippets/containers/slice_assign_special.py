# slice assignment special cases: self-assignment, generators, strings, insertion at any point, step -1
l = list(range(5))
l[1:1] = "ab"
print(l)
l[::-1] = l
print(l)
l[:] = (x * 2 for x in range(3))
print(l)
l[5:10] = [9]
print(l)
l[-1:-3] = ["x"]
print(l)
l[3:1:-1] = ("p", "q")
print(l)
l[::2] = iter(range(len(l[::2])))
print(l)
try:
    l[::2] = []
except ValueError as e:
    print(e)
l[0:0:1] = []
l[1:100:1] = []
print(l)
m = [1, 2, 3]
m[1:2] = m
print(m)
m[:0] = m[-2:]
print(m)
class Weird:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i < 2: return i * 7
        raise IndexError
m[:] = Weird()
print(m)
t = [0] * 5
t[1::2] = (1, 1)
print(t)
del t[:]
print(t)
