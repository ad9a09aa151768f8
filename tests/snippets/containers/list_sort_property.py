# timsort over generated inputs: result, stability and the exact number of comparisons match CPython's
class Rng:
    def __init__(self, seed): self.x = seed
    def randrange(self, n):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.x >> 11) % n
rng = Rng(2024)
count = 0
class K:
    __slots__ = ("v", "i")
    def __init__(self, v, i): self.v = v; self.i = i
    def __lt__(self, o):
        global count
        count += 1
        return self.v < o.v
shapes = []
for n in (0, 1, 2, 5, 31, 32, 63, 64, 65, 127, 128, 200, 500, 1000, 2500):
    for shape in ("random", "few", "sorted", "reversed", "sawtooth", "organpipe", "runs"):
        if shape == "random": data = [rng.randrange(10**6) for _ in range(n)]
        elif shape == "few": data = [rng.randrange(4) for _ in range(n)]
        elif shape == "sorted": data = list(range(n))
        elif shape == "reversed": data = list(range(n, 0, -1))
        elif shape == "sawtooth": data = [i % 37 for i in range(n)]
        elif shape == "organpipe": data = list(range(n // 2)) + list(range(n - n // 2, 0, -1))
        else:
            data = []
            while len(data) < n:
                start = rng.randrange(1000)
                data.extend(range(start, start + rng.randrange(60)))
            data = data[:n]
        items = [K(v, i) for i, v in enumerate(data)]
        count = 0
        out = sorted(items)
        ok = all((a.v, a.i) < (b.v, b.i) for a, b in zip(out, out[1:]))
        c1 = count
        count = 0
        out2 = sorted(items, reverse=True)
        ok2 = all(a.v > b.v or (a.v == b.v and a.i < b.i) for a, b in zip(out2, out2[1:]))
        shapes.append((n, shape, ok, ok2, c1, count))
for s in shapes:
    print(*s)
# an exception in the middle of a merge leaves a permutation of the items
class Bomb:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        global count
        count += 1
        if count == 900: raise ValueError("bomb")
        return self.v < o.v
data = [Bomb(rng.randrange(100)) for _ in range(300)]
count = 0
try:
    data.sort()
except ValueError as e:
    print(e, count, sorted(b.v for b in data) == sorted(b.v for b in data[:]), len(data), len(set(map(id, data))))
print(sorted([3, 1, 2] * 40)[:5], sorted(["b", "a", "é", "\U0001f600", "z"]), sorted([2.5, -1.0, float("inf"), 0.0]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), sorted([[2], [1, 5], [1]]), sorted([10**30, -5, 3, 2**64]))
