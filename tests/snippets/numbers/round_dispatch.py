def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

class I(int):
    pass
class F(float):
    pass
class R:
    def __round__(self, *args):
        return args
print(round(I(15), -1), type(round(I(15), -1)).__name__, type(round(I(5))).__name__)
print(round(F(2.5)), type(round(F(2.5))).__name__, round(F(2.675), 2), type(round(F(2.675), 2)).__name__)
print(round(R()), round(R(), None), round(R(), 5), round(R(), ndigits=2))
t("round no args", lambda: round())
t("round 3 args", lambda: round(1, 2, 3))
t("round bad kw", lambda: round(1.5, digits=1))
t("round complex", lambda: round(1j))
t("round list", lambda: round([1.5]))
class NotCallable:
    __round__ = 5
t("round not callable", lambda: round(NotCallable()))
