def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for fill in ["😀", "\ud800", "é", "\t"]:
    print(ascii("ab".ljust(5, fill)), ascii("ab".rjust(5, fill)), ascii("ab".center(5, fill)))
t(lambda: "ab".center(5, "😀😀"))
t(lambda: "ab".center(5, "e\u0301"))
