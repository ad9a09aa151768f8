# sort stability over generated records, key and reverse
class Rng:
    # a small deterministic LCG (the snippets avoid importing random)
    def __init__(self, seed): self.x = seed
    def randrange(self, a, b=None):
        if b is None: a, b = 0, a
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2**64
        return a + (self.x >> 11) % (b - a)
    def random(self):
        return self.randrange(2**53) / 2**53
    def choice(self, seq):
        return seq[self.randrange(len(seq))]
rng = Rng(12345)
recs = [(rng.randrange(10), rng.randrange(5), i) for i in range(500)]
s1 = sorted(recs, key=lambda r: r[0])
ok = all(s1[i][0] < s1[i + 1][0] or (s1[i][0] == s1[i + 1][0] and s1[i][2] < s1[i + 1][2]) for i in range(len(s1) - 1))
print("stable asc", ok)
s2 = sorted(recs, key=lambda r: r[0], reverse=True)
ok = all(s2[i][0] > s2[i + 1][0] or (s2[i][0] == s2[i + 1][0] and s2[i][2] < s2[i + 1][2]) for i in range(len(s2) - 1))
print("stable desc", ok)
s3 = sorted(sorted(recs, key=lambda r: r[1]), key=lambda r: r[0])
print(s3 == sorted(recs, key=lambda r: (r[0], r[1])))
print([r[2] for r in s2[:20]])
for n in (0, 1, 2, 3, 10, 33, 64, 65, 100, 1000):
    data = [rng.randrange(n // 2 + 1) for _ in range(n)]
    a = sorted(data)
    b = data[:]
    b.sort(reverse=True)
    print(n, a == sorted(data, key=lambda x: -x)[::-1], b == a[::-1], a[:5])
words = "the quick brown fox jumps over the lazy dog The Quick".split()
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
l = list(range(20))
l.sort(key=lambda x: x % 3)
print(l)
l.sort(key=None, reverse=False)
print(l)
print(sorted([3, 1, 2], reverse=1))
print(sorted("cba"), sorted((3, 2, 1)), sorted({3: 1, 1: 2}))
mixed = [1, 2.5, True, -3, 0.0]
print(sorted(mixed))
