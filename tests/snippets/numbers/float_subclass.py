def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

class Money(float):
    def __repr__(self):
        return "Money(%s)" % float.__repr__(self)
    def __add__(self, other):
        return Money(float(self) + float(other))
    __radd__ = __add__
m = Money(1.25)
print(repr(m), str(m), repr(m + 1), repr(1 + m), repr(m * 2), type(m * 2).__name__, repr(-m), type(abs(m)).__name__)
print(m == 1.25, hash(m) == hash(1.25), m.is_integer(), m.hex(), m.as_integer_ratio(), round(m, 1), type(round(m, 1)).__name__)
print(f"{m:.3f}", format(m, "e"), "%s %r %.1f" % (m, m, m), int(m), complex(m))
class Temp(float):
    def __new__(cls, value, unit="C"):
        obj = super().__new__(cls, value)
        obj.unit = unit
        return obj
t1 = Temp("21.5", "F")
print(t1, t1.unit, type(t1).__name__, t1 + 1, Temp(3).unit)
t("bad new", lambda: Temp("x"))
class NoDict(float):
    __slots__ = ()
t("slots", lambda: setattr(NoDict(1), "a", 1))
