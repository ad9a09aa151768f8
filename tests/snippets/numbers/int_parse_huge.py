def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

s = "1234567890" * 400
n = int(s)
print(len(str(n)), n % 1000007, str(n)[:30], str(n)[-30:])
print(int("-" + s[:999]) % 97, int("0x" + "f" * 3000, 16) % 1000003, int("7" * 4000, 8) % 10007)
for b in (3, 5, 7, 10, 11, 36):
    text = ("1" + "0" * 49) * 20
    v = int(text, b)
    print(b, v % 999983, v.bit_length())
print(int("9" * 4300) + 1 == 10 ** 4300, int("  -" + "5" * 1000 + "  ") % 11)
big = 3 ** 5000
print(len(repr(big)), repr(big)[:20], str(-big)[:21])
