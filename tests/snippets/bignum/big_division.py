# Floor division and modulo of big ints by big ints inside fused trees (compiled code divides on its own buffers,
# Knuth's algorithm without shifted copies): every sign, divisors whose top word has few or many leading zero bits,
# quotients of one word and of many, dividends shorter than the divisor, and words of all ones (where the quotient
# estimate is corrected or the divisor added back).
def divide(a, b):
    return (a + 0) // (b + 0), (a - 0) % (b - 0), (a * 1) // (b * 1) * b + (a * 1) % (b * 1) == a

seed = 2463534242
def rand(bits):
    global seed
    v = 0
    for _ in range((bits + 31) // 32):
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        v = v << 32 | seed >> 32
    return v >> ((bits + 31) // 32 * 32 - bits)

cases = []
for abits in (64, 65, 95, 96, 97, 128, 160, 200, 321, 640, 1000):
    for bbits in (33, 63, 64, 65, 96, 127, 128, 129, 200, 320):
        for _ in range(3):
            cases.append((rand(abits) | 1 << (abits - 1), rand(bbits) | 1 << (bbits - 1)))
ones = lambda w: (1 << (32 * w)) - 1
special = [(ones(4), ones(2)), (ones(4), 1 << 32 | 1), (ones(6), ones(3)), (1 << 128, ones(2)), (ones(3) << 32, ones(2)),
           (0x7FFF800000000000 << 64, 0x800000000001 << 32), (0x800000000000 << 96, 0x800000000001 << 32 | 0xFFFF),
           (ones(5) - (1 << 100), (1 << 64) - 3), ((1 << 64) * ((1 << 32) - 1), (1 << 64) - 1), (2**64, 2**64 + 1),
           (3**300, 3**150 + 1), (10**200, 10**100 - 1), (2**256 - 2**128, 2**128 - 1)]
out = []
for _ in range(3):
    out = []
    for a, b in cases + special:
        for x, y in ((a, b), (-a, b), (a, -b), (-a, -b), (b, a), (-b, a)):
            out.append(divide(x, y))
print(len(out))
print(out[:3])
print(out[-6:])
print(all(r[2] for r in out))
digest = 0
for q, r, ok in out:
    digest = (digest * 1000003 + q % 999999937 + 7 * (r % 999999929)) % (2**61 - 1)
print(digest)
