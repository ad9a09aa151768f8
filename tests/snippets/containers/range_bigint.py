# range with arbitrary-size ints
import sys
r = range(10**20)
print(r, r[10**19], r[-1], r[5:10], r[::10**19], r[-3:])
print(10**19 in r, -1 in r, 10**20 in r, r.index(10**19), r.count(5), r.count(10**21))
try:
    len(r)
except OverflowError as e:
    print(e)
print(r.__len__ if False else "", bool(r), bool(range(10**20, 0)))
r2 = range(-10**30, 10**30, 10**29)
print(len(r2), list(r2)[:3], r2[3], r2[-1], 0 in r2, 10**29 in r2, 5 in r2)
print(list(range(2**63 - 2, 2**63 + 2)), list(range(-2**63 - 1, -2**63 + 2)))
print(list(range(2**64, 2**64 + 10, 3)), list(reversed(range(2**64, 2**64 + 10, 3))))
it = iter(range(2**63 - 1, 2**63 + 1))
print(type(it).__name__, next(it), next(it), next(it, "end"))
print(type(iter(range(5))).__name__, type(iter(range(2**62))).__name__, type(iter(range(2**63))).__name__)
print(type(reversed(range(5))).__name__, type(reversed(range(2**64))).__name__)
print(range(sys.maxsize).__len__() if hasattr(range, "__len__") else "", len(range(sys.maxsize)))
try:
    len(range(sys.maxsize + 1))
except OverflowError as e:
    print(e)
try:
    range(10**20)[10**20]
except IndexError as e:
    print(e)
print(range(0, 10**20, 3)[10**18:10**18 + 9], range(5)[10**20:], range(5)[-10**20:2])
print(hash(range(10**20)) == hash(range(0, 10**20)), range(10**20) == range(0, 10**20, 1))
print(range(10**20).start, range(10**20).stop, range(1, 10**20, 7).step)
r3 = range(2**64, 0, -2**62)
print(list(r3), r3.index(2**63), len(r3))
print(range(sys.maxsize, -sys.maxsize - 1, -1)[0], range(-sys.maxsize - 1, sys.maxsize)[-1])
try:
    range(0, 10, 10**20)[1]
except IndexError as e:
    print(e)
print(list(range(0, 10, 10**20)), list(range(10**20, 0, -10**20)))
