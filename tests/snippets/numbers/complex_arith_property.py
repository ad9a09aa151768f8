def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        yield seed

g = lcg(77)
def rnd():
    a = next(g)
    return complex((a % 20001 - 10000) / 97.0, ((a >> 20) % 20001 - 10000) / 13.0)
for i in range(60):
    a, b = rnd(), rnd()
    print(repr(a), repr(b), repr(a + b), repr(a - b), repr(a * b), repr(a / b), repr(abs(a)))
