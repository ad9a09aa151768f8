# Subclasses of int, float and str inherit __format__; an empty spec uses their __str__.
class I(int):
    def __str__(self):
        return "I-str"
class F(float):
    def __str__(self):
        return "F-str"
class S(str):
    def __str__(self):
        return "S-str"

for v in (I(42), F(2.5), S("text")):
    print(f"[{v}] [{v:}] [{v!s}] [{v!r}] [{v:>8}] [{v:^8}]")
print(f"{I(255):#x} {F(2.5):.3f} {S('abc'):.2}", "%s %d %r" % (I(3), I(3), S("q")))
print("{} {:5} {:x}".format(I(10), I(10), I(10)))
class Fmt(int):
    def __format__(self, spec):
        return "Fmt(" + spec + ")"
print(f"{Fmt(1)} {Fmt(1):>5}", "{:x}".format(Fmt(2)), "%d" % Fmt(3))
