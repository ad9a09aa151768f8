# iterators stay exhausted; list iterator sees appends until exhaustion
l = [1]
it = iter(l)
print(next(it), next(it, "end"))
l.append(2)
print(next(it, "still end"))
l = [1]
it = iter(l)
l.append(2)
print(list(it))
t = iter((1,))
print(list(t), list(t))
r = iter(range(2))
print(list(r), list(r), next(r, None))
d = {1: 1}
di = iter(d)
print(list(di))
d[2] = 2
print(list(di))
s = {1}
si = iter(s); list(si); s.add(5); print(list(si))
z = zip([1, 2], [3])
print(list(z), list(z))
m = map(lambda x: x, [1])
print(list(m), list(m))
e = enumerate([1])
print(list(e), list(e))
rv = reversed([1, 2])
print(list(rv), list(rv))
class Flaky:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n == 2: raise StopIteration
        return self.n
f = Flaky()
print(list(zip(f)), next(f), list(map(str, f)) if False else "")
ci = iter([1, 2, 3, None, 4].pop, 3)
print(list(ci), list(ci))
count = 0
def gen():
    global count
    count += 1
    return count
it = iter(gen, 4)
print(list(it), next(it, "done"), count)
try:
    iter(5, 1)
except TypeError as e:
    print(e)
try:
    iter(gen, 1, 2)
except TypeError as e:
    print(e)
try:
    iter()
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next([])
except TypeError as e:
    print(e)
def raises():
    raise StopIteration
print(list(iter(raises, 1)))
rl = reversed([1, 2, 3])
l2 = [1, 2, 3]
rl = reversed(l2); next(rl); l2.clear(); print(list(rl))
