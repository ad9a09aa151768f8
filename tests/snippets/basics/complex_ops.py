a = 3 + 4j
b = 1 - 2j
print(a, b, a + b, a - b, a * b, a / b, -a, +a)
print(a.real, a.imag, a.conjugate(), abs(a))
print(1j * 1j, 1j ** 2, (1 + 1j) ** 2, 2 ** 1j == 2 ** 1j)
print(complex(1, 2), complex("3+4j"), complex(2), complex(), 0j, -0j)
print(a == 3 + 4j, a != b, 3 + 0j == 3, 1j == 1)
print(type(a), type(a.real), bool(0j), bool(1j))
print(repr(1e20j), repr(complex(1.5, -0.0)), repr(-(0j)))
for op in ["a < b", "a // b", "a % b", "divmod(a, b)", "a / 0", "int(a)", "float(a)", "round(a)"]:
    try:
        print(op, eval(op))
    except Exception as e:
        print(op, "->", type(e).__name__ + ":", e)
