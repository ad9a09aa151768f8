def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: "x\ud800".encode())
t(lambda: "x\ud800".encode(errors="replace"))
t(lambda: "é".encode())
t(lambda: "é".encode(None))
t(lambda: "é".encode("utf-8", None))
t(lambda: "é".encode(encoding="latin-1"))
t(lambda: "é".encode("", "strict"))
t(lambda: "".encode("ascii"))
t(lambda: "".encode("utf-16"))
t(lambda: "".encode("utf-32"))
t(lambda: "".encode("nope"))
