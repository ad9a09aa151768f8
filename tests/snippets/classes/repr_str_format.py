class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both as str"
    def __format__(self, spec):
        return "formatted[" + spec + "]"

class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"

class StrOnly:
    def __str__(self):
        return "str only"

b = Both()
print(b, repr(b), str(b), f"{b}", f"{b!r}", f"{b:>5}", format(b, "x"), [b], (b,), {"k": b})
print(ReprOnly(), str(ReprOnly()), [ReprOnly()], f"{ReprOnly()}")
print(StrOnly(), [StrOnly()] [0].__class__.__name__)
print("%s %r" % (b, b), "{} {!r} {:spec}".format(b, b, b))

class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
try:
    format(ReprOnly(), "d")
except TypeError as e:
    print("TypeError:", e)
