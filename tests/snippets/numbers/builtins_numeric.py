def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

print(abs(-5), abs(-5.5), abs(-0.0), abs(3 - 4j), abs(True), abs(-2**100), type(abs(False)).__name__)
print(divmod(7, 3), divmod(-7, 3), divmod(7.5, 2), divmod(-7.5, 2), divmod(True, 2), divmod(2**100, 7))
print(pow(2, 10), pow(2.0, -1), pow(-8, 1 / 3), pow(2, 3, 5), pow(base=3, exp=2), pow(4, 0.5))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(7), round(7, -1), round(1234.5678, -2))
print(hash(1) == hash(1.0) == hash(1 + 0j), hash(-1), hash(0.5) == hash(complex(0.5, 0)))
print(sum([1, 2.5, 3j]), sum([0.1] * 10), sum([2**64, 2**64]), min(1, 1.0, True), max(-1, -1.5, False))
print(int("42"), float("4.2"), complex("4+2j"), bool(42), bin(-10), oct(64), hex(-255), hex(2**64))
t("abs str", lambda: abs("x"))
t("divmod str", lambda: divmod(1, "x"))
t("divmod complex", lambda: divmod(1j, 1))
t("pow str", lambda: pow("x", 2))
t("pow 4 args", lambda: pow(1, 2, 3, 4))
t("round str", lambda: round("x"))
t("round kw", lambda: round(number=2.5, ndigits=None))
t("hex float", lambda: hex(1.5))
t("bin float", lambda: bin(2.0))
class R:
    def __round__(self, n=None):
        return ("round", n)
    def __abs__(self):
        return "abs"
    def __divmod__(self, o):
        return "divmod"
    def __rdivmod__(self, o):
        return "rdivmod"
    def __pow__(self, o, m=None):
        return ("pow", o, m)
    def __rpow__(self, o):
        return ("rpow", o)
print(round(R()), round(R(), 3), round(R(), None), abs(R()), divmod(R(), 1), divmod(1, R()))
print(pow(R(), 2), pow(R(), 2, 5), pow(2, R()), R() ** 3, 3 ** R())
t("rpow ternary", lambda: pow(2, R(), 5))
