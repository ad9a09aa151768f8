# str.format fields laid out in place: exact int/float/str with specs taken from inside the format string (also after
# non-BMP text), subclasses and objects with their own __format__ (which get the spec as an exact str), nested specs,
# %-format of ints in every form, and the errors with CPython's messages.
class I(int):
    def __format__(self, spec):
        return "I<" + spec + ">" + type(spec).__name__

class F(float):
    pass

class S(str):
    def __format__(self, spec):
        return "S<%s>" % spec

class Plain:
    def __str__(self):
        return "plain"

class Spec:
    def __format__(self, spec):
        return repr(spec)

vals = [0, -1, 42, 2**64, -(2**63), 3.25, -0.0, 1e300, "txt", "\U0001F600é", I(5), F(2.5), S("s"), True, None]
for fmt in ["{}|{:}|{!s}|{!r}|{:5}", "{:>8}|{:<6}|{:^7}", "\U0001F600{0:*^9}\U0001F600{0}", "{0:{1}}", "é{0:{1}{2}}"]:
    for v in vals:
        try:
            print(repr(fmt.format(v, ">6", "", v, v)))
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
for v, spec in [(42, ",d"), (42, "#_b"), (2**70, "_x"), (-5, "+08,"), (3.5, ".1%"), (3.5, "=+9.2f"), (7, ".3f"),
                (F(1.5), "08.3f"), (True, "d"), (True, "5"), ("ab", ".1"), ("ab", "x<5.1"), (Spec(), "any{thing"),
                (Plain(), ""), (Plain(), "5"), (42, "xyz"), (1.5, "q"), ("s", "d"), ("s", "+"), (1, ".2"), (1, "\U0001F600<5")]:
    try:
        print(repr(("{0:" + spec.replace("{", "{{") + "}").format(v)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("{a.real:,}-{b[0]:>3}-{c[k]:.2f}".format(a=12345, b=["x"], c={"k": 2.345}))
print("{0:{w}.{p}f}|{0:{f}>{w}}".format(3.14159, w=10, p=3, f="é"), "{:{}}".format(I(7), "0>4"))
print("{:\U0001F600^7}|{:é>4}".format(5, 2.5), "{}".format(S("z")), format(S("z"), "q"))
print("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%#X|%o|%#o|%.3d|%8.4x|%i|%u" % ((-42,) * 16))
print("%d %x %o" % (2**70, -(2**70), 2**64), "%d %d" % (True, 3.9), "%x" % I(255), "%s %r" % (I(1), F(2.0)))
for f, a in [("%x", 1.5), ("%d", "s"), ("%o", 2.0), ("%c", 2**30), ("%.2q", 1)]:
    try:
        print(f % a)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
