def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, a + 1, 1 + a, a - 1.5, 1.5 - a, a * 2, 2 * a, a / 2, 2 / a)
print(a + True, True + a, a * False, 10**15 + a, a - 10**15, type(a + 1).__name__, type(1.0 * a).__name__)
print((1 + 1j) * (1 - 1j), 1j * 1j, (1e308 + 1e308j) * 2, (1e200j) * (1e200j))
print(complex(1, 2).__add__(3), complex(1, 2).__radd__(3), complex(1, 2).__sub__(3), complex(1, 2).__rsub__(3))
print(complex(1, 2).__mul__(3), complex(1, 2).__rmul__(3.5), complex(1, 2).__truediv__(2), complex(1, 2).__rtruediv__(2))
print(complex(1, 2).__add__("x"), complex(1, 2).__rtruediv__([]))
z = 1 + 1j
z += 1
z *= 2j
z -= 1.5
z /= 2
print(z)
t("add str", lambda: 1j + "a")
t("radd list", lambda: [] + 1j)
t("big int", lambda: 1j + 10**400)
t("mul big", lambda: 10**400 * 1j)
