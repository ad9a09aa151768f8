# Fast paths of dict look-up and hashing: big-int hashes, tuple keys (compared without Python code when their
# items are strs and machine ints), dict(zip(...)) / pair sequences, and resizes of big tables.
for v in [1 << 61, (1 << 61) - 1, (1 << 61) - 2, 1 << 64, (1 << 64) - 1, 1 << 70, 3 ** 200, 2 ** 1000 + 12345,
          2 ** 127, 2 ** 63, 2 ** 63 - 1, 10 ** 40 + 7, 2 ** 122 - 1]:
    print(hash(v), hash(-v), hash(v + 1), hash(v) == hash(float(v)) or v > 2 ** 1000)
d = {}
for i in range(2000):
    d[(i % 100, "a" + str(i % 7))] = i
print(len(d), d[(5, "a5")], (5, "a6") in d)


class E(int):
    def __eq__(self, o):
        print("eq called")
        return int.__eq__(self, o)
    __hash__ = int.__hash__


d = {(1, 2): "x"}
print(d.get((1, E(2))), (1, "2") in d, (1, 2.0) in d, (True, 2) in d, (1, 2, 3) in d)
d2 = {(1, "a"): 1}
print((1, "a") in d2, ("a", 1) in d2, (1,) in d2, (1, "a" + "") in d2)
d3 = {(-1, 0): 'a'}
print((-2, 0) in d3, (-1, 0) in d3, hash((-1, 0)) == hash((-2, 0)))
nan = float("nan")
d4 = {(nan, 1): 1}
print((nan, 1) in d4, (float("nan"), 1) in d4)
print(dict(zip(range(3), "abc")), dict([(1, 2), [3, 4], "ab"]))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)


class T(tuple):
    pass


print(dict([T((1, 2))]), {}.fromkeys(zip("ab", "cd")))
big = {i: i for i in range(10000)}
for i in range(0, 10000, 2):
    del big[i]
big.update({i: -i for i in range(20000, 30000)})
print(len(big), big[9999], big[25000], list(big)[:3], list(big)[-2:])
bk = {(1 << 70) + i * 1000003: i for i in range(5000)}
print(len(bk), bk[(1 << 70) + 1000003 * 1234], -(1 << 70) in bk)
