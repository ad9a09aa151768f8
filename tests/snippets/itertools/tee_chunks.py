import itertools as I
a, b = I.tee(range(300))
print(sum(a), sum(b))
a, b = I.tee(I.count())
for i in range(200000): next(a); next(b)
print(next(a), next(b))
a, b, c = I.tee(iter(range(130)), 3)
print(list(a)[-3:], next(b), list(c)[120:], list(b)[-1])
def g():
    yield next(t[0])
t = I.tee(g())
try: next(t[0])
except RuntimeError as e: print(e)
