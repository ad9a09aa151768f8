# list.__sizeof__ reports CPython's allocation (40 + 8 * allocated) however the list was built, even where
# Krait's own array is longer (it grows faster, and a comprehension may size it from its source in advance).
import sys


def size(l):
    return l.__sizeof__()


def steps(build, n):
    """The lengths at which the reported size changes while build(l, i) runs for i in range(n)."""
    l, out, last = [], [], size([])
    for i in range(n):
        build(l, i)
        s = size(l)
        if s != last:
            out.append((len(l), s))
            last = s
    return out


print("append", steps(lambda l, i: l.append(i), 600))
print("insert", steps(lambda l, i: l.insert(0, i), 300))
print("extend1", steps(lambda l, i: l.extend((i,)), 300))
print("iadd", steps(lambda l, i: l.__iadd__([i, i]), 300))

big = []
for i in range(150000):
    big.append(i)
print("big append", size(big), len(big))
while len(big) > 3:
    big.pop()
print("big popped", size(big), big)

print("comp range", [size([i for i in range(n)]) for n in (0, 1, 4, 5, 9, 17, 100, 300, 1000, 70000)])
print("comp list", [size([x for x in list(range(n))]) for n in (0, 3, 8, 33, 500)])
print("comp tuple", [size([x * 2 for x in tuple(range(n))]) for n in (0, 2, 7, 64, 129)])
print("comp filter", [size([x for x in range(n) if x % 3]) for n in (0, 10, 100, 1000)])
print("comp nested", [size([x for r in range(n) for x in range(r)]) for n in (0, 5, 30)])
print("comp cond", [size([x if x % 2 else -x for x in range(n)]) for n in (3, 50, 200)])
print("comp str", [size([c for c in "abcdefghij" * n]) for n in (0, 1, 7)])
print("comp zip", [size([a + b for a, b in zip(range(n), range(n))]) for n in (0, 6, 90)])
k = 3
print("comp closure", [size([x * k for x in range(n)]) for n in (0, 12, 150)])
it = iter(range(20))
next(it), next(it)
print("comp partial iter", size([x for x in it]))
lit = iter(list(range(40)))
for _ in range(35):
    next(lit)
print("comp partial list iter", size([x for x in lit]))

print("literal", size([]), size([1]), size([1, 2, 3]), size([*range(5)]), size([*range(5), *range(7)]))
print("repeat", size([0] * 10), size([1, 2] * 33), size([] * 5), size([1] * 0))
a = list(range(10))
print("slice", size(a[:]), size(a[2:7]), size(a[::3]), size(a[::-1]), size(a[5:2]))
print("concat", size(a + a), size(a + []), size([] + []))
print("list()", size(list(range(7))), size(list((1, 2, 3))), size(list("hello")), size(list(x for x in range(9))),
      size(list({1: 2, 3: 4})), size(list(iter(range(100)))))
print("copy", size(a.copy()), size(list(a)), size(sorted(range(13))), size(sorted([3, 1, 2])))

b = list(range(100))
print("after del slice", end=" ")
del b[10:90]
print(size(b), len(b), end=" ")
del b[::2]
print(size(b), len(b), end=" ")
del b[:]
print(size(b), len(b))
c = list(range(50))
c.clear()
print("clear", size(c), end=" ")
c.append(1)
print(size(c))
d = list(range(20))
while d:
    d.pop()
print("pop to empty", size(d), end=" ")
d.extend(iter(range(5)))
print(size(d), end=" ")
d.extend(range(3))
print(size(d))
e = list(range(30))
for x in range(25):
    e.remove(x)
print("remove", size(e), e)
f = list(range(16))
f *= 3
print("imul", size(f), end=" ")
f *= 1
print(size(f), end=" ")
f *= 0
print(size(f))
g = list(range(40))
g[5:35] = []
print("assign slice", size(g), end=" ")
g[1:2] = range(100)
print(size(g), end=" ")
g[::2] = [None] * len(g[::2])
print(size(g), len(g))
h = [5, 3, 9, 1]
h.sort()
print("sort", size(h), end=" ")
h.reverse()
print(size(h))

# sys.getsizeof is Krait's own number, but it grows at the same lengths as CPython's.
l, lengths, last = [], [], sys.getsizeof([])
for i in range(3000):
    l.append(i)
    if sys.getsizeof(l) != last:
        lengths.append(len(l))
        last = sys.getsizeof(l)
print(lengths)
lc = [i for i in range(3000)]
print(sys.getsizeof(lc) == sys.getsizeof(l), sys.getsizeof([i for i in range(9)]) == sys.getsizeof([0] * 0) + 8 * 16 - 8 * 0)

m = list(range(100))
del m[3:]
print("hint shrink", size(m), end=" ")
m.extend(x for x in ())
print(size(m), end=" ")
m.extend(iter([]))
print(size(m), end=" ")
m.extend([])
print(size(m), end=" ")
m.extend(iter([7, 8]))
print(size(m), m)
n = []
n.extend([])
n.extend(())
print("empty extends", size(n), size(list(range(0))), size(list(iter([]))), size(list(x for x in [])))
o = [1]
o.pop()
o.extend([1, 2, 3])
print("pop then extend list", size(o), end=" ")
o.clear()
o.extend((1, 2, 3))
print(size(o))
for src in ([1, 2, 3], [1], [1, 2, 3, 4, 5], ["a", "b"]):
    for n in (2, 3, 5, 17):
        r = list(src)
        r *= n
        print(len(r), size(r), r[:4], r[-2:], end=" | ")
print()
