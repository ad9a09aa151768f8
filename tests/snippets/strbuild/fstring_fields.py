# f-strings whose pieces are appended to one builder in compiled code: every conversion, specs (constant and nested),
# the `=` form, exact and subclassed str/int/float, objects with their own __format__/__str__/__repr__, non-BMP text
# and lone surrogates, huge ints. Each function runs in a loop long enough to be compiled; every round's result must
# equal the first's.


class S(str):
    def __format__(self, spec):
        return "S<" + spec + ">"


class I(int):
    def __format__(self, spec):
        return "I<" + spec + ">"

    def __repr__(self):
        return "I-repr"


class F(float):
    def __str__(self):
        return "F-str"


class Plain(str):
    pass


class Obj:
    def __format__(self, spec):
        return "Obj[" + spec + "]"

    def __repr__(self):
        return "Obj()"


def conversions(s, i, f, b, o):
    return [
        f"{s}|{s!s}|{s!r}|{s!a}|{s:>8}|{s!r:^12}|{s!a:*<14}",
        f"{i}|{i!s}|{i!r}|{i!a}|{i:,}|{i:#x}|{i:_b}|{i!r:>8}|{i:+08d}|{i:e}|{i:%}",
        f"{f}|{f!s}|{f!r}|{f!a}|{f:.3f}|{f:<10.2e}|{f:g}|{f!s:>12}|{f:,.1f}|{f:=+12.3f}",
        f"{b}|{b!r}|{b:>6}|{b:d}",
        f"{o}|{o:spec}|{o!r}|{o!s:>8}",
        f"[{s}]",
        f"{s}{i}{f}",
    ]


def subclasses(s, i, f, p):
    return [f"{s}|{s:x}|{s!s}|{s!r}", f"{i}|{i:x}|{i!s}|{i!r}", f"{f}|{f!s}|{f:.1f}|{f!r}", f"{p}|{p:>4}|{p!r}"]


def nested(v, w, p, fill, i):
    return [f"{v:{w}.{p}f}|{v:{fill}^{w}}|{i:{'#' if p else ''}x}", f"{v:{w}.{p}{'e'}}", f"{'x':{fill}>{w + 2}}"]


def debug_form(x, y):
    return [f"{x=}", f"{x = }", f"{x=!s:>6}", f"{y=:.2f}", f"{x + 1=}|{y*2=}"]


def texts(a, b, lone):
    return [ascii(f"{a}|{b}|{a:>6}|{b:^7}|{a!r}"), ascii(f"<{lone}>|{lone!r}|{lone:>3}"), len(f"{a}{b}{a}")]


def bigints(big, neg):
    return [f"{big}|{big:,}|{big:x}|{neg:_}|{neg!r}|{big:e}", f"{2 ** 64}|{-2 ** 63}|{2 ** 63 - 1:#b}"]


def walrus_and_conditional(c, x):
    return [f"{(y := x * 2)}|{y}", f"{x if c else -x}|{x}", f"{'yes' if c else 'no':>5}|{x or 'zero'}"]


calls = {}


def run(fn, *args):
    # The first run of a function repeats it past the compile threshold (1000 calls); later runs need fewer.
    first = fn(*args)
    for _ in range(50 if fn in calls else 1100):
        calls[fn] = True
        if fn(*args) != first:
            print("differs", fn.__name__)
            break
    print(fn.__name__, first)


run(conversions, "héllo", 1234567, 3.14159, True, Obj())
run(conversions, "", -0, -0.0, False, Obj())
run(conversions, "a'b\"c", -987654321, float("inf"), True, Obj())
run(conversions, "x", 0, float("nan"), False, Obj())
run(conversions, "q", 255, 1e300, True, Obj())
run(subclasses, S("sub"), I(42), F(2.5), Plain("pl"))
run(nested, 3.14159, 10, 3, "*", 255)
run(nested, -2.5, 4, 0, "0", 7)
run(debug_form, 41, 2.345)
run(texts, "\U0001F600x", "é\u20ac\U00010348", "\ud800")
run(texts, "abc", "", "\udfff")
run(bigints, 10 ** 40 + 7, -(10 ** 25))
run(walrus_and_conditional, True, 5)
run(walrus_and_conditional, False, 0)
