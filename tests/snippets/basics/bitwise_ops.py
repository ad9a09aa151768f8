a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(-1 & 0xFF, -1 >> 10, -16 >> 2, ~-1, ~0, 1 << 100)
print(True & False, True | False, True ^ True, ~True)
print(type(True & True), type(True + True))
print((255).bit_length(), (-255).bit_length(), (0).bit_length())
x = 0
x |= 5
x &= 7
x ^= 2
x <<= 3
x >>= 1
print(x)
for expr in ["1.0 & 1", "'a' | 1", "[1] ^ [2]", "1 << 1.0", "~1.5"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
