def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

M = 2**63 - 1
m = -2**63
for a, b in [(M, 1), (m, -1), (M, M), (m, m), (M, -M), (m, 1), (2**62, 2), (-(2**62), 2), (3037000500, 3037000500),
             (-3037000500, 3037000499), (M, 0), (m, 0), (2**32, 2**31), (-1, m)]:
    print(a + b, a - b, a * b, -a, abs(a), ~a, a // (b or 1), a % (b or 1))
print(m // -1, m % -1, divmod(m, -1), -m, abs(m), m * -1, m - 1, M + 1, (M + 1) - 1 == M)
x = 0
for i in range(100):
    x = x * 3 + i
print(x, x.bit_length(), -x // 7, -x % 7)
print(5 - 3.0, 5 * 2.5, 2**63 * 1.0, 7 / 2, -7 / 2, 10 // 3, -10 // 3, 10 % -3, 2**100 // 2**99)
