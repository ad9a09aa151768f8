def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: "{} {}".format(1, "a"))
t(lambda: "{0} {1} {0}".format("x", "y"))
t(lambda: "{name}!{name!r}".format(name="v"))
t(lambda: "{:>8}|{:<8}|{:^8}|".format("a", "b", "c"))
t(lambda: "{:*^9}".format("😀"))
t(lambda: "{:.2}".format("hello"))
t(lambda: "{0[1]} {0[a]}".format({1: "one", "a": "A"}))
t(lambda: "{.real}".format(3))
t(lambda: "{{}} {}".format(1))
t(lambda: "{".format())
t(lambda: "}".format())
t(lambda: "{} {1}".format(1, 2))
t(lambda: "{0} {}".format(1, 2))
t(lambda: "{}".format())
t(lambda: "{x}".format())
t(lambda: "{:d}".format("s"))
t(lambda: "{!x}".format(1))
t(lambda: "{:{}}".format("a", 5))
t(lambda: "{a}".format_map({"a": 1}))
t(lambda: "{a}".format_map({}))
t(lambda: "{}".format_map({}))
class M(dict):
    def __missing__(self, k): return k.upper()
t(lambda: "{x}-{y}".format_map(M()))
t(lambda: "a".format_map())
