# Field names: keywords, attributes, indexes (ints) and keys (anything else).
class P:
    x = 3
    y = [10, 20, 30]
    name = "pt"

data = {"a": 1, "b": {"c": [5, 6]}, "1x": "key", "-1": "neg"}
print("{p.x} {p.y[2]} {p.name.upper}".format(p=P)[:12])
print("{0[a]} {0[b][c][1]} {0[1x]} {0[-1]}".format(data))
print("{d[a]} {d[b]}".format(d=data))
print("{0[0]}{0[1]}{0[2]} {1[1]}".format("abc", (7, 8)))
print("{0.__class__.__name__} {0.__class__.__name__[1]} {1.__class__}".format(3 + 4j, 2.5))
print("{a[}]} {a[:]}".format(a={"}": "brace", ":": "colon"}))
print("{ 0 } {-1} {0x}".format(**{" 0 ": "sp", "-1": "m", "0x": "hex"}))
print("{x!r:>6}|{x:<6}|".format(x="é"))
