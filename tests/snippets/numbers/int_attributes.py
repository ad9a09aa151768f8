def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for n in [0, 5, -5, True, 2**70]:
    print(n.real, n.imag, n.numerator, n.denominator, n.conjugate())
    print(type(n.real).__name__, type(n.conjugate()).__name__)
class I(int): pass
i = I(7)
print(type(i.real).__name__, type(i.numerator).__name__, type(+i).__name__, type(-i).__name__, type(abs(i)).__name__)
t("set real", lambda: setattr(5, "real", 1))
t("conjugate arg", lambda: (5).conjugate(1))
