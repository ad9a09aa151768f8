# Deterministic fuzz: random strings over a tricky alphabet, random methods and arguments.
ALPHA = ["a", "b", "A", " ", "\t", "\n", "\r", "ß", "Σ", "σ", "ǅ", "İ", "😀", "𐐀", "\u0301", "\u2028", "\xa0", "1", "٣", ",", "-", "\ud800"]
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return (state >> 8) % n
def rstr(maxlen):
    return "".join(ALPHA[rnd(len(ALPHA))] for _ in range(rnd(maxlen + 1)))
def rint():
    return [None, -100, -3, -1, 0, 1, 2, 5, 100][rnd(9)]
def call(s, name, *args):
    try:
        return ascii(getattr(s, name)(*args))
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
ops = [
    lambda s: call(s, "find", rstr(2), rint(), rint()),
    lambda s: call(s, "rfind", rstr(2), rint(), rint()),
    lambda s: call(s, "count", rstr(2), rint(), rint()),
    lambda s: call(s, "startswith", rstr(2), rint(), rint()),
    lambda s: call(s, "endswith", (rstr(1), rstr(2)), rint()),
    lambda s: call(s, "replace", rstr(1), rstr(2), rint() if rnd(2) else -1),
    lambda s: call(s, "split", rstr(1) if rnd(3) else None, rint() if rnd(2) else -1),
    lambda s: call(s, "rsplit", rstr(1) if rnd(3) else None, rint() if rnd(2) else -1),
    lambda s: call(s, "splitlines", bool(rnd(2))),
    lambda s: call(s, "partition", rstr(1)),
    lambda s: call(s, "rpartition", rstr(1)),
    lambda s: call(s, "strip", rstr(2) if rnd(2) else None),
    lambda s: call(s, "lstrip", rstr(2) if rnd(2) else None),
    lambda s: call(s, "rstrip", rstr(2) if rnd(2) else None),
    lambda s: call(s, "center", rnd(12), ALPHA[rnd(len(ALPHA))]),
    lambda s: call(s, "ljust", rnd(12)),
    lambda s: call(s, "rjust", rnd(12), "*"),
    lambda s: call(s, "zfill", rnd(12)),
    lambda s: call(s, "expandtabs", rnd(6)),
    lambda s: call(s, "lower"),
    lambda s: call(s, "upper"),
    lambda s: call(s, "title"),
    lambda s: call(s, "capitalize"),
    lambda s: call(s, "swapcase"),
    lambda s: call(s, "casefold"),
    lambda s: call(s, "removeprefix", s[:rnd(3)]),
    lambda s: call(s, "removesuffix", s[len(s) - rnd(3):]),
    lambda s: call(s, "index", rstr(1)),
    lambda s: call(s, "encode", ["utf-8", "utf-16", "latin-1", "ascii", "utf-32-be"][rnd(5)], ["strict", "replace", "backslashreplace", "surrogatepass", "ignore"][rnd(5)]),
    lambda s: ascii(s[rint():rint():[None, 1, -1, 2, -2][rnd(5)]]),
    lambda s: "".join("1" if f() else "0" for f in (s.isalpha, s.isalnum, s.isdigit, s.isspace, s.islower, s.isupper, s.istitle, s.isprintable, s.isidentifier)),
]
for i in range(1500):
    s = rstr(8)
    k = rnd(len(ops))
    print(i, ascii(s), k, ops[k](s))
