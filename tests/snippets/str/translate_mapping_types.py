def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Table:
    def __getitem__(self, k):
        if k == ord("a"): return "A"
        if k == ord("b"): raise KeyError(k)
        if k == ord("c"): raise IndexError(k)
        if k == ord("d"): raise LookupError(k)
        if k == ord("e"): raise ValueError("bad")
        return None
t(lambda: "abcd".translate(Table()))
t(lambda: "abcde".translate(Table()))
t(lambda: "xyz".translate(Table()))
t(lambda: "abc".translate(["", "", ""]))
t(lambda: "\x00\x01\x02".translate(["x", None, 65]))
t(lambda: "😀".translate({0x1f600: "smile", 0x41: 0x1f600}))
t(lambda: "A".translate({0x41: 0x1f600}))
t(lambda: "aaa".translate({97: "bb"}))
t(lambda: "abc".translate({97: True}))
t(lambda: "abc".translate({97: b"x"}))
t(lambda: "abc".translate(None))
t(lambda: "abc".translate({}, 1))
t(lambda: "abc".translate(table={}))
