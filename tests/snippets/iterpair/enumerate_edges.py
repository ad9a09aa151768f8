# `for i, x in enumerate(...)` in hot loops: start values (negative, big, crossing sys.maxsize), generators and
# iterators that raise, subclasses that override __next__, and an enumerate re-entered after a break.
import sys

def run(e):
    out = 0
    for i, x in e:
        out += i * x
    return out

xs = list(range(2000))
print(run(enumerate(xs)), run(enumerate(xs, -1000)), run(enumerate(xs, start=10 ** 20)))
big = [(i, x) for i, x in enumerate("ab" * 1000, sys.maxsize - 1000)]
print(big[999], big[1000], big[1001], big[-1], type(big[-1][0]))

def gen(n):
    for i in range(n):
        yield i * 3

print(run(enumerate(gen(3000))))

def failing(n):
    for i in range(n):
        yield i
    raise KeyError("inner")

try:
    run(enumerate(failing(1500)))
except KeyError as e:
    print("KeyError", e)

class Tagged(enumerate):
    def __next__(self):
        i, x = super().__next__()
        return i, x + 1

print(run(Tagged(xs)), type(Tagged(xs)).__name__)

class Triple(enumerate):
    def __next__(self):
        i, x = super().__next__()
        return i, x, 0

try:
    for a, b in Triple(xs):
        pass
except ValueError as e:
    print("ValueError", e)

e = enumerate(range(3000))
for i, x in e:
    if i == 1500:
        break
print(next(e))
for i, x in e:
    pass
print(i, x, next(e, "done"))

labelled = [(i, s) for i, s in enumerate(str(x) for x in range(5000)) if s.endswith("77")]
print(len(labelled), labelled[:3])
print(max((x % 9973, i) for i, x in enumerate(range(0, 30000, 7))))
print(dict((x, i) for i, x in enumerate("hello world" * 200))["w"])
