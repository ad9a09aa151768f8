def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


s = "abc"
for w in [-1, 0, 3, 4, 5, 6, 7, 10]:
    print(w, repr(s.center(w)), repr(s.ljust(w)), repr(s.rjust(w)), repr(s.center(w, "*")), repr("ab".center(w, "-")))
print(repr("😀".center(4, "é")), repr("é".ljust(3, "😀")), repr("".center(3, "x")), repr("a".center(2)), repr("ab".center(3)), repr("ab".center(4)))
t(lambda: s.center())
t(lambda: s.center("x"))
t(lambda: s.center(5, "xy"))
t(lambda: s.center(5, ""))
t(lambda: s.center(5, 1))
t(lambda: s.ljust(5, b"x"))
t(lambda: s.rjust(2**63))
t(lambda: s.rjust(1.5))
t(lambda: s.ljust(5, "x", 1))
t(lambda: s.center(width=5))
class S(str): pass
r = S("abc").center(2)
print(type(r).__name__, r)
