def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

class Bad:
    def __complex__(self):
        return 1.5
class Raises:
    def __complex__(self):
        raise KeyError("inner")
class Sub(complex):
    def __repr__(self):
        return "Sub" + complex.__repr__(self)
class RetSub:
    def __complex__(self):
        return Sub(1, 1)
t("bad", lambda: complex(Bad()))
t("raises", lambda: complex(Raises()))
s = Sub(2, 3)
print(repr(s), repr(s.__complex__()), type(s.__complex__()).__name__, (1j).__complex__(), repr(+s), type(+s).__name__)
print(repr(-s), type(-s).__name__, repr(s + 1), type(s + 1).__name__, type(s.conjugate()).__name__)
print(Sub(), Sub("1+1j"), Sub(1), type(Sub(1)).__name__, s == 2 + 3j, hash(s) == hash(2 + 3j))
s.tag = "x"
print(s.tag, vars(s))
print(complex.__new__(Sub, 5), type(complex.__new__(Sub, 5)).__name__)
print(s.__getnewargs__(), (1 + 2j).__getnewargs__(), (-0j).__getnewargs__())
t("getnewargs arg", lambda: (1j).__getnewargs__(1))
t("complex arg", lambda: (1j).__complex__(1))
