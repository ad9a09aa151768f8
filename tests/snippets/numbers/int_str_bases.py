def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        yield seed
g = lcg(12345)
nums = [0, 1, -1, 2**63, -2**63, 2**64 - 1]
for i in range(60):
    x = next(g)
    nums.append((x >> (x % 64)) * (-1 if x & 1 else 1))
    nums.append(x * next(g) * (-1 if x & 2 else 1))
for n in nums:
    s = [str(n), bin(n), oct(n), hex(n), format(n, "x"), format(n, "o"), format(n, "b"), format(n, "X")]
    back = [int(s[0]), int(s[1], 0), int(s[2], 0), int(s[3], 0), int(s[1], 2), int(s[3], 16)]
    print(" ".join(s), all(b == n for b in back))
for base in range(2, 37):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"[:base]
    text = digits[::-1] * 3
    print(base, int(text, base), int(text.upper(), base), int("-" + text, base))
