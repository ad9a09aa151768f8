# getrandbits across word boundaries, randbytes, and the exact state after many draws.
import random

r = random.Random(12345)
print([r.getrandbits(k) for k in (1, 7, 31, 32, 33, 63, 64, 65, 95, 96, 97, 128)])
print(r.getrandbits(1000), r.getrandbits(4096).bit_length())
print(r.randbytes(0), r.randbytes(1), r.randbytes(13).hex())
for _ in range(2000):
    r.random()
st = r.getstate()
print(st[1][-1], st[1][:4], r.random())
r2 = random.Random()
r2.setstate(st)
print(r2.random(), r2.getrandbits(77))
print(random.Random(2**1000).random(), random.Random(-(2**1000)).random(), random.Random(b'x' * 300).random())
