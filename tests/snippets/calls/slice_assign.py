# list slice assignment (step 1 grows, shrinks or keeps the size; extended slices) and slicing, in a hot loop and
# at its edges: the list itself as the source, tuples, list subclasses (read in place, their __iter__ ignored),
# iterators, and the errors with CPython's messages.
def flips(perm):
    n = 0
    k = perm[0]
    while k:
        perm[:k + 1] = perm[k::-1]
        n += 1
        k = perm[0]
    return n

total = 0
for r in range(3000):
    p = [(r + i * 7) % 9 for i in range(9)]
    total += flips(p)
print(total)

base = list(range(10))
cases = [
    (slice(2, 5), [100]),
    (slice(2, 5), [100, 101, 102]),
    (slice(2, 5), [100, 101, 102, 103, 104, 105]),
    (slice(0, 0), ["a", "b"]),
    (slice(10, 10), ["end"]),
    (slice(7, 3), ["x", "y"]),
    (slice(-3, None), ()),
    (slice(None, None), ("t", "u")),
    (slice(-100, 100), []),
    (slice(None, None, 2), "abcde"),
    (slice(None, None, -3), [0, 0, 0, 0]),
    (slice(8, 1, -2), iter([1, 2, 3, 4])),
]
for sl, src in cases:
    l = base[:]
    l[sl] = src
    print(sl, l, len(l))

for i in range(2000):
    l = list(range(6))
    l[1:4] = l
    l[::2] = l[1::2] if len(l) % 2 == 0 else l[::2]
print(l)
l = [1, 2, 3]
l[:] = l
l[1:] = l
print(l)
l = [1, 2, 3]
l[::-1] = l
print(l)

class Lst(list):
    def __iter__(self):
        return iter(["from __iter__"])

class Tup(tuple):
    def __iter__(self):
        return iter(["from __iter__"])

l = [0, 1, 2]
l[1:2] = Lst([7, 8, 9])
print(l)
l[::2] = Tup((5, 6, 7))[:2]
print(l)
l[0:1] = Tup((3, 4))
print(l)

def gen():
    yield "g1"
    yield "g2"

l = [0, 1, 2, 3]
l[1:3] = gen()
print(l)
l[1:3] = {"k": 1}
print(l)

for bad, sl in [(5, slice(1, 2)), (None, slice(1, 2)), (5, slice(None, None, 2)), (3.5, slice(0, 0, -1))]:
    try:
        l = [1, 2, 3]
        l[sl] = bad
    except TypeError as e:
        print("TypeError", e)
for src, sl in [([1, 2], slice(None, None, 2)), ([], slice(None, None, -1)), ([1, 2, 3, 4], slice(0, 3, 2))]:
    try:
        l = [1, 2, 3]
        l[sl] = src
    except ValueError as e:
        print("ValueError", e)
try:
    l = [1, 2, 3]
    l[1:2:0] = [1]
except ValueError as e:
    print("ValueError", e)

class Boom:
    def __iter__(self):
        yield 1
        raise KeyError("mid-iteration")

l = [1, 2, 3]
try:
    l[0:1] = Boom()
except KeyError as e:
    print("KeyError", e, l)

class Grow(list):
    pass

g = Grow(range(5))
g[1:3] = range(4)
print(type(g).__name__, g)
g[:] = []
print(g)
