def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: str())
t(lambda: str(123))
t(lambda: str(b"abc"))
t(lambda: str(b"abc", "ascii"))
t(lambda: str(b"caf\xc3\xa9", "utf-8"))
t(lambda: str(b"caf\xe9", "latin-1"))
t(lambda: str(b"caf\xe9", errors="replace"))
t(lambda: str(b"caf\xe9", "ascii", "ignore"))
t(lambda: str(object=b"x", encoding="ascii"))
t(lambda: str(object="x"))
t(lambda: str(encoding="ascii"))
t(lambda: str(errors="strict"))
t(lambda: str("abc", "ascii"))
t(lambda: str(1, "ascii"))
t(lambda: str(b"x", 1))
t(lambda: str(b"x", "ascii", 1))
t(lambda: str(b"x", "ascii", "strict", 4))
t(lambda: str(x=1))
t(lambda: str(b"x", encoding="ascii", encoding2=1))
t(lambda: str(b"x", "nope"))
t(lambda: str(b"\xff", "utf-8"))
class S(str): pass
r = S(b"hi", "ascii")
print(type(r).__name__, r)
