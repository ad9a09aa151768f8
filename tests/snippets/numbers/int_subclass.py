def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

class I(int):
    def __repr__(self):
        return "I<%s>" % int.__repr__(self)
a = I(5)
print(a, repr(a), a + 1, type(a + 1).__name__, type(a * a).__name__, type(-a).__name__, str(a))
print(I("12"), I("ff", 16), I(3.9), I(), type(I()).__name__, isinstance(a, int))
print(a == 5, hash(a) == hash(5), a.bit_length(), a.to_bytes(1), int(a), type(int(a)).__name__)
a.x = 1
print(a.x, vars(a))
class J(int):
    def __add__(self, other):
        return "J.add"
    def __radd__(self, other):
        return "J.radd"
print(J(1) + 1, 1 + J(1), J(1) + J(2), sum([J(3)], 0) if False else "skip")
class Slots(int):
    __slots__ = ()
t("slots dict", lambda: Slots(3).__dict__)
print(int.__new__(I, 9), type(int.__new__(I, 9)).__name__)
t("int new bad", lambda: int.__new__(str, 9))
class Big(int): pass
print(Big(2**100) + 1, Big(-(2**100)) // 3)
