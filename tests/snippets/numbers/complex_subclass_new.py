def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

class Polar(complex):
    def __new__(cls, r, phi=0.0):
        obj = super().__new__(cls, r * (1 - phi * phi / 2), r * phi)
        obj.r = r
        return obj
    def __repr__(self):
        return "Polar(%r)" % complex(self)
p = Polar(2.0, 0.1)
print(p, p.r, p.real, p.imag, type(p + 1).__name__, p == complex(p), abs(Polar(3)), bool(Polar(0)))
class Tagged(complex):
    pass
z = Tagged("1+2j")
print(repr(z), type(z).__name__, z * 2, z.conjugate(), complex(z) is z, type(complex(z)).__name__)
print(Tagged(1, 2) == 1 + 2j, hash(Tagged(1, 2)) == hash(1 + 2j), format(Tagged(1.5, -2), ".2f"), Tagged())
t("bad", lambda: Tagged("x"))
t("bad arg", lambda: Tagged([]))
print(isinstance(z, complex), issubclass(Tagged, complex), Tagged.__mro__[1].__name__)
