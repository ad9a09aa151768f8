# dict(...) and dict.update(...) from pair iterators (zip, enumerate, items views) take the pairs without their
# tuples: the same results, errors and element numbers in messages as CPython.
import sys

print(sorted(dict(zip("abc", range(3))).items()), dict(enumerate("xyz", 5)), dict({1: 2, 3: 4}.items()))
c = dict(zip(range(2000), range(2000, 0, -1)))
print(len(c), c[0], c[1999])
print(len(dict(zip(range(10), range(5)))), dict(zip([1, 1, 1], "abc")))
d = {}
d.update(zip("ab", "cd"))
d.update(enumerate("q"))
print(d)
for bad in (lambda: dict(zip("ab", "cd", "ef")), lambda: dict(zip("a")), lambda: dict(zip("abc", "de", strict=True)),
            lambda: dict(zip("ab", "cde", strict=True)), lambda: dict([(1, 2), 3]), lambda: dict([(1, 2), (3,)])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class Swap(zip):
    def __next__(self):
        a, b = super().__next__()
        return b, a

print(dict(Swap("ab", "cd")))

class Pairs(enumerate):
    def __next__(self):
        return ("only one",)

try:
    dict(Pairs("ab"))
except ValueError as e:
    print("ValueError", e)

d = {i: i for i in range(10)}
try:
    d.update(zip((k * 10 for k in d), range(10)))
except RuntimeError as e:
    print("RuntimeError", e, len(d))
d = {i: i for i in range(10)}
try:
    d.update((k + 100, v) for k, v in d.items())
except RuntimeError as e:
    print("RuntimeError", e, len(d))
d = {i: i for i in range(10)}
d.update(d.items())
d.update(zip(d, range(100, 110)))
print(d)
