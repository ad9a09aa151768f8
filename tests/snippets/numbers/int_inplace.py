def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

a = 5
b = a
a += 1
print(a, b, a is b)
x = 2**70
y = x
x -= 1
print(x, y, x == y)
n = 7
n //= 2
n **= 3
n %= 5
n <<= 70
n >>= 3
n |= 1
n &= 2**68 - 1
n ^= 3
print(n)
f = 1.5
f *= 2
f /= 4
f -= 0.25
f **= 3
f //= 0.01
print(f)
z = 1j
z *= z
z += 0.5
z **= 2
print(z)
t("iadd str", lambda: exec("q = 1\nq += 'x'"))
t("ipow mod", lambda: exec("q = 2\nq **= -1"))
