# List comprehensions over exact range, list and tuple iterators (whose list Krait may size in advance) behave as
# CPython's whatever happens to the source or the element: mutation of the source during the comprehension, an
# element that raises, partly consumed iterators, subclasses, huge ranges that stop early.

l = [1, 2, 3]
print([l.append(x * 10) or x for x in l if len(l) < 8])
print(l)
l = list(range(10))
print([l.pop() for x in l])
print(l)
l = list(range(6))
print([(x, l.clear()) for x in l])
t = tuple(range(5))
print([x * x for x in t])


class L(list):
    def __iter__(self):
        yield from reversed(list(super().__iter__()))


print([x for x in L([1, 2, 3])])
print([x for x in range(10, 0, -3)], [x for x in range(-5)], [x for x in range(2**62, 2**62 + 3)])
print(len([x for x in range(2**40, 2**40 + 5)]))

it = iter(range(10))
next(it)
print([x for x in it], [x for x in it])
li = iter([1, 2, 3, 4])
next(li)
print([x for x in li], li.__length_hint__())

ri = iter(range(100))
ri.__setstate__(95)
print([x for x in ri])
ri = iter(range(10))
ri.__setstate__(-4)
print(len([x for x in ri]))


def boom(x):
    if x == 3:
        raise ValueError("element %d" % x)
    return x


for src in (range(10**12), list(range(10)), tuple(range(10))):
    try:
        print([boom(x) for x in src])
    except ValueError as e:
        print(type(src).__name__, "ValueError:", e)


def gen():
    yield from range(4)


print([x for x in gen()], [x for x in map(str, range(3))], [x for x in zip("ab", range(5))])
grid = [[r * c for c in range(4)] for r in range(3)]
print(grid, [v for row in grid for v in row if v])
k = 7
print([[k * j for j in range(i)] for i in range(4)])
r = [x for x in range(1000)]
r.append(-1)
r[0:0] = [None]
print(len(r), r[:3], r[-3:], r.__sizeof__())
