def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class CF:
    def __complex__(self):
        return 1j
    def __float__(self):
        return 9.0
class Sub(complex): pass
z = 1 + 2j
print(complex(), complex(1), complex(1.5), complex(True), complex(1, 2), complex(1.5, -2.5), complex(z) is z)
print(complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(2, 1j), complex(1j, 2), complex(real=1, imag=2), complex(imag=3))
print(complex(C()), complex(F()), complex(I()), complex(CF()), complex(F(), I()), complex(C(), 1), complex(1, F()))
print(complex(Sub(1, 2)), type(complex(Sub(1, 2))).__name__, complex(10**20), complex(-0.0, -0.0))
print(complex(float("nan"), float("inf")), complex("1+2j"), complex(-0.0), complex(0.0, -0.0))
t("str 2 args", lambda: complex("1", 2))
t("second str", lambda: complex(1, "2"))
t("list", lambda: complex([]))
t("none", lambda: complex(None))
t("second list", lambda: complex(1, []))
t("second none", lambda: complex(1, None))
t("kw x", lambda: complex(x=1))
t("3 args", lambda: complex(1, 2, 3))
t("dup", lambda: complex(1, real=2))
t("big int", lambda: complex(10**400))
t("big imag", lambda: complex(1, 10**400))
t("bytes", lambda: complex(b"1"))
