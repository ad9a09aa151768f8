# str.format from hot code: positional and keyword fields (no tuple or dict built for them), attribute and index
# fields, nested specs, keyword names that are str subclasses, non-ASCII and non-BMP field names and format strings,
# numbering errors and missing fields with CPython's messages, format_map, subclass receivers.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "P(%r, %r)" % (self.x, self.y)


class K(str):
    pass


class F(str):
    pass


class M(dict):
    def __missing__(self, key):
        return "<" + key + ">"


def good(i, name, p, names):
    return [
        "{0}-{1}-{0}|{n:*^9}|{p.x}/{p.y}|{lst[1]}".format(i, name, n=name, p=p, lst=names),
        "{:>{w}}|{:.3%}|{:b}".format(name, i / 1000, i % 64, w=6 + i % 5),
        "{a}{b}{a}".format(a=i, b=name),
        "{}{}".format(i, name),
        "{name!r:>12}|{name!s}|{p!r}".format(name=name, p=p),
        "\u00f1={\u00f1} \U0001f600{x}\U0001f600{y:>3}".format(**{"\u00f1": i, "x": name, "y": 1}),
        "{k}".format(**{K("k"): "sub-key"}),
        "no fields".format(i, a=1),
        F("{0}|{z}").format(i, z=name),
        "{m} {n}".format_map(M(m=i)),
        "{0[1]}{0[0]}".format(name),
        "{x[k]}".format(x={"k": i}),
    ]


def bad(i):
    out = []
    for thunk in (
        lambda: "{z}".format(a=1),
        lambda: "{z}".format(),
        lambda: "{0}".format(),
        lambda: "{1}".format(i),
        lambda: "{}{0}".format(1, 2),
        lambda: "{0}{}".format(1, 2),
        lambda: "{0}".format_map({}),
        lambda: "{a.nope}".format(a=i),
        lambda: "{a[5]}".format(a=[]),
        lambda: "{a:q}".format(a=i),
        lambda: "{".format(a=1),
        lambda: "{a!x}".format(a=1),
        lambda: "{\u00e9}".format(e=1),
    ):
        try:
            out.append(("ok", thunk()))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out


names = ["alpha", "beta", "gamma", "delta", "epsilon"]
first = last = None
for i in range(1500):
    r = good(i, names[i % 5], P(i % 13, -(i % 17)), names)
    if first is None:
        first = r
    last = r
for r in first + last:
    print(r)
for i in range(1200):
    b = bad(i)
for r in b:
    print(r)
