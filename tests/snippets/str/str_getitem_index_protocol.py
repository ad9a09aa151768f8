def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
s = "abcdef"
t(lambda: s[I(2)])
t(lambda: s[I(-1)])
t(lambda: s[I(1):I(4)])
t(lambda: s[::I(2)])
t(lambda: s[I(10)])
t(lambda: s.find("c", I(1), I(5)))
t(lambda: s.center(I(8)))
t(lambda: s.zfill(I(8)))
t(lambda: s.split("c", I(1)))
t(lambda: s.replace("a", "b", I(1)))
t(lambda: s.expandtabs(I(2)))
t(lambda: s[True:])
t(lambda: s * I(2))
