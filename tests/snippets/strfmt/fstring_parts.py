# BUILD_STRING joins the parts of an f-string: non-BMP text, lone surrogates next to other text, str subclasses
# returned by __format__/__str__, formats nested inside a __format__ (each level has its own buffer) and a
# __format__ that raises in the middle of a format (the next format still works).
class S(str):
    pass

class Fmt:
    def __format__(self, spec):
        return S("<" + spec + ">")

class Nested:
    def __init__(self, depth):
        self.depth = depth
    def __format__(self, spec):
        inner = format(Nested(self.depth - 1), spec) if self.depth else "x"
        return f"[{self.depth}:{inner}:{1.25:{spec}}|{12345:,}]"
    def __str__(self):
        return "%s/%05.1f" % (self.depth, self.depth / 3)

class Bad:
    def __format__(self, spec):
        raise ValueError("bad " + spec)

hi, lo = "\ud83d", "\ude00"
for i in range(3):
    parts = f"{hi}{i}", f"a{hi}{i}", f"{lo}-{hi}", f"\U0001F600{i}é{i:>3}", f"{i}\U0001F600{lo}"
    print([ascii(p) for p in parts], [len(p) for p in parts])
r = f"{Fmt():abc}"
print(type(r).__name__, r, type(f"{Fmt()}{1}").__name__, type(f"{S('q')}").__name__)
print(f"{Nested(3):.2f}", "%s and %r" % (Nested(2), f"{Nested(1):8.3f}"))
print("{0:.1f} {0!s}".format(Nested(1)))
for k in range(3):
    try:
        print(f"ok {k:03d} {Bad():spec{k}} never")
    except ValueError as e:
        print("caught", e, f"{k:>4}|{k/7:.3f}|{k:,}")
print(f"{'':>0}|{'':^3}|" + f"{''}" + "end", repr(f"{''}{''}"), f"{'x'}" is not None)
print("-".join([S("a"), "b", S("c")]), type("".join([S("z")])).__name__, type(f"{S('z')}".join(["y"])).__name__)
