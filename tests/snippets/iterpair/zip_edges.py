# `for a, b in zip(x, y)` in hot loops: strict=True errors in both directions, zips of one and three iterables
# (not pairs), subclasses overriding __next__, iterators that raise, and the order in which the inputs are advanced.
def dot(xs, ys):
    s = 0
    for a, b in zip(xs, ys):
        s += a * b
    return s

xs = list(range(3000))
print(dot(xs, xs), dot(xs, range(1500)), dot(range(1500), xs))
print(sum(a * b for a, b in zip(xs, reversed(xs))))
print([a + b for a, b in zip("abc" * 700, "xyz" * 800)][-1])

for args in [(xs, xs[:-1]), (xs[:-1], xs), (xs, xs)]:
    try:
        n = 0
        for a, b in zip(*args, strict=True):
            n += 1
        print("ok", n)
    except ValueError as e:
        print("ValueError", e, n)

try:
    for a, b in zip(xs, xs, xs):
        pass
except ValueError as e:
    print("ValueError", e)
try:
    for a, b in zip(xs):
        pass
except ValueError as e:
    print("ValueError", e)
n = 0
for a, b in zip((p for p in zip(xs, xs)), xs):
    n += a[0] + a[1] - b
print(n)

class Reader:
    def __init__(self, name, n, log):
        self.name, self.n, self.log = name, n, log
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            self.log.append(self.name)
            raise StopIteration
        self.n -= 1
        return self.n

log = []
for a, b in zip(Reader("a", 1500, log), Reader("b", 1600, log)):
    pass
print(log, a, b)
log = []
for a, b in zip(Reader("a", 1600, log), Reader("b", 1500, log)):
    pass
print(log, a, b)

class Boom:
    def __iter__(self):
        return self
    def __init__(self):
        self.k = 0
    def __next__(self):
        self.k += 1
        if self.k == 1300:
            raise OSError("boom")
        return self.k

try:
    dot(xs, Boom())
except OSError as e:
    print("OSError", e)

class Z(zip):
    def __next__(self):
        a, b = super().__next__()
        return b, a

r = [(a, b) for a, b in Z(range(2000), "xy" * 1000)]
print(r[:2], len(r))
z = zip(range(3000), range(3000))
for a, b in z:
    if a == 2000:
        break
print(next(z), len(list(z)))
