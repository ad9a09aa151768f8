# str % args and bytes % args written straight into the result's builder: every conversion with widths, precisions
# and flags, exact and subclassed arguments, tuples and mappings, %%, non-BMP text, lone surrogates, huge ints, and
# the errors with CPython's messages. Each case runs a few times (the builders are reused).


class S(str):
    def __str__(self):
        return "S-str"

    def __repr__(self):
        return "S-repr"


class I(int):
    def __str__(self):
        return "I-str"

    def __repr__(self):
        return "I-repr"


class F(float):
    def __repr__(self):
        return "F-repr"


class Obj:
    def __str__(self):
        return "Obj-str"

    def __repr__(self):
        return "Obj-é"


class Bad:
    def __str__(self):
        return 5

    def __repr__(self):
        raise RuntimeError("repr failed")


class Idx:
    def __index__(self):
        return 42


class Num:
    def __int__(self):
        return 7

    def __float__(self):
        return 2.5


def numbers(i, f):
    return [
        "%d|%5i|%-6x|%08.3f|%e|%g|%3d%%" % (i, -i, i, f, f, f, i % 100),
        "%+d|% d|%05d|%-5d|%.3d|%#x|%#X|%#o|%x|%o|%u" % (i, i, -i, i, i, i, i, i, -i, i, i),
        "%f|%.0f|%#.0f|%+.2e|% .3E|%10.4g|%-10G|%#g|%F" % (f, f, f, f, -f, f, f, f, f),
        "%*d|%-*d|%.*f|%*.*f" % (6, i, 6, i, 2, f, 9, 1, f),
        "%s|%r|%a|%5s|%-5r|%.2s" % (i, i, i, f, f, f),
    ]


def texts(s):
    return [
        "%s|%r|%a|%8s|%-8s|%.2s|%6.1s|%c|%c" % (s, s, s, s, s, s, s, 0x1F600, "é"),
        "[%s]" % s,
        "%s-%s" % (s, s),
        "%(a)s|%(b)r|%(a)5.1s|%(c)d%%" % {"a": s, "b": s, "c": 3},
    ]


def others():
    return [
        "%s|%r|%a|%d|%x" % (S("sub"), S("sub"), S("sub"), I(5), I(255)),
        "%s|%r|%d|%.1f" % (I(3), I(3), True, I(2)),
        "%s|%r|%a|%f" % (F(1.5), F(1.5), F(1.5), F(1.5)),
        "%s|%r|%a|%10s" % (Obj(), Obj(), Obj(), Obj()),
        "%x|%o|%d|%d|%e" % (Idx(), Idx(), Num(), 3.99, Num()),
        "%s|%s|%r" % (None, [1, "a"], (1,)),
        "%s" % ((1, 2),),
        "%s" % "solo",
        "%d" % 5,
        "%s %s" % ("a", "b"),
        "%%|%%%s%%" % "x",
        "no args" % (),
        "%s" % {"k": 1},
        "%(x)s" % {"x": 1, "y": 2},
        "%d" % 10 ** 40 + "|%x" % -10 ** 30 + "|%+.3d" % 2 ** 70 + "|%s" % 2 ** 64,
        "%.1f|%5.2f|%-8.1e|%08.2f" % (float("inf"), float("nan"), float("-inf"), -0.0),
    ]


def bytes_forms():
    return [
        b"%s|%5b|%-4s|%.2s|%r|%a|%c|%c|%d|%x" % (b"ab", b"c", bytearray(b"de"), b"xyz", b"q", "é", 65, b"z", 7, 255),
        b"%(k)s=%(v)d" % {b"k": b"key", b"v": 3},
    ]


def errors():
    cases = [
        ("%d %d", (1,)),
        ("%d", (1, 2)),
        ("%s", ()),
        ("x", 5),
        ("x", (1,)),
        ("%(a)s", (1,)),
        ("%(a)s %s", {"a": 1}),
        ("%(a", {"a": 1}),
        ("%", 1),
        ("%5", 1),
        ("%k", 1),
        ("%\u20ac", 1),
        ("%x", 1.5),
        ("%d", "s"),
        ("%f", "s"),
        ("%c", "ab"),
        ("%c", 0x110000),
        ("%c", 1.5),
        ("%*d", ("a", 1)),
        ("%.*f", (2 ** 40, 1.0)),
        ("%s", Bad()),
        ("%r", Bad()),
        ("%(a)s", {}),
        ("%d", 10 ** 5000),
        ("%s", 10 ** 5000),
    ]
    out = []
    for fmt, args in cases:
        try:
            out.append(fmt % args)
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    for fmt, args in [(b"%s", "str"), (b"%b", 5), (b"%c", 256), (b"%d %d", (1,))]:
        try:
            out.append(fmt % args)
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out


def run(fn, *args):
    first = fn(*args)
    for _ in range(3):
        if fn(*args) != first:
            print("differs", fn.__name__)
            break
    print(fn.__name__, ascii(first))


run(numbers, 1234, 3.14159)
run(numbers, -987654, -0.000123456)
run(numbers, 0, 1e22)
run(texts, "héllo")
run(texts, "\U0001F600é\U00010348xy")
run(texts, "a\ud800b")
run(texts, "")
run(others)
run(bytes_forms)
run(errors)
