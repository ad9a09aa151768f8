# string formatting: %-format (d, i, x, o, e, f, g, s, r, %, width/precision/flags, dict form),
# f-strings (nested specs, !r, =, alignment, thousands separators), str.format (positional, named,
# indexed, attribute), format() and the __format__ of int, float and str.
# size: records formatted (default 180000, quick 12000)
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


def main(n):
    names = ["alpha", "beta", "gamma", "delta", "epsilon"]
    total = 0
    checksum = 0
    samples = []
    for i in range(n):
        name = names[i % 5]
        value = (i * 7919) % 100003 / 7.0
        p = Point(i % 13, -(i % 17))
        width = 6 + i % 5
        parts = [
            "%d|%5i|%-6x|%08.3f|%e|%g|%s|%r|%3d%%" % (i, -i, i, value, value, value, name, name, i % 100),
            "%(name)s=%(v).2f" % {"name": name, "v": value},
            f"{name:>10}|{value:<12.4f}|{i:,}|{i:#x}|{p!r}|{value:{width}.{i % 4}f}|{name!r:^12}",
            f"{i=} {name.upper()[:3]} {value * 2:+.1e} {-i:_d}",
            "{0}-{1}-{0}|{n:*^9}|{p.x}/{p.y}|{lst[1]}".format(i, name, n=name, p=p, lst=names),
            "{:>{w}}|{:.3%}|{:b}".format(name, value / 1000, i % 64, w=width),
            format(value, ".5g") + format(i, "o") + format(name, "<8") + format(-i, "+,"),
        ]
        line = " ".join(parts)
        total += len(line)
        checksum = (checksum * 31 + ord(line[i % len(line)])) % 1000000007
        if i % (n // 4 + 1) == 0:
            samples.append(line)
    for s in samples:
        print(s)
    print(total, checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 180000)
