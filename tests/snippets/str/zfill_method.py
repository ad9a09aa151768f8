def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for s in ["42", "-42", "+42", "", "-", "+", "abc", "--1", "3.14", "-3.14", "😀"]:
    print(repr(s), [s.zfill(w) for w in (-1, 0, 1, 3, 6)])
t(lambda: "1".zfill())
t(lambda: "1".zfill("x"))
t(lambda: "1".zfill(1.5))
t(lambda: "1".zfill(1, 2))
t(lambda: "1".zfill(width=3))
t(lambda: "1".zfill(2**63))
