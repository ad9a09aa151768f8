def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for s in ["a\tb", "\t", "ab\tcd\tef", "abcdefgh\ti", "a\nb\tc", "a\r\tb", "😀\t|", "é\tx", "\t\t"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(-1)), repr(s.expandtabs(tabsize=1)))
t(lambda: "a\tb".expandtabs("x"))
t(lambda: "a\tb".expandtabs(1.5))
t(lambda: "a\tb".expandtabs(1, 2))
t(lambda: "a\tb".expandtabs(size=2))
t(lambda: "a\tb".expandtabs(2**40))
t(lambda: "ab".expandtabs(2**40))
