# getstate/setstate, independent instances, subclasses of random.Random and _random.Random.
import random, _random

r1 = random.Random(99)
r2 = random.Random(99)
print(r1.random() == r2.random(), r1.randint(0, 10**9), r2.randint(0, 10**9))
st = r1.getstate()
print(type(st), len(st), st[0], len(st[1]), st[1][-1], st[2])
a = [r1.random() for _ in range(700)]
r1.setstate(st)
print(a == [r1.random() for _ in range(700)])
r = _random.Random(7)
s = r.getstate()
print(len(s), s[-1], s[:3])
print(r.random(), r.getrandbits(0), r.getrandbits(1), r.getrandbits(32), r.getrandbits(33), r.getrandbits(64))
print(r.getrandbits(1000) % 10**12, r.getrandbits(999).bit_length() <= 999)
r.setstate(s)
print(r.random())

class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(1)
print(m.random(), m.randrange(10), m.choice("abc"))

class Raw(_random.Random):
    def __init__(self, a, b=2):
        self.extra = (a, b)
rr = Raw(5, b=3)
print(rr.extra, rr.random(), rr.getrandbits(8))
rr.seed(5)
print(rr.random())
print(isinstance(random.Random(), _random.Random), random.Random.__mro__[1:])
