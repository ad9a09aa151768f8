def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


s = "café 😀"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig", "latin-1", "ascii"]:
    t(lambda: s.encode(enc))
t(lambda: s.encode())
t(lambda: s.encode(encoding="utf-8"))
t(lambda: s.encode(errors="ignore", encoding="ascii"))
t(lambda: s.encode(1))
t(lambda: s.encode("ascii", 1))
t(lambda: s.encode(encoding="ascii", errors="strict", x=1))
t(lambda: s.encode("ascii", "strict", 1))
t(lambda: s.encode("utf-8\0"))
t(lambda: s.encode("bogus"))
t(lambda: s.encode("rot13"))
t(lambda: s.encode("hex"))
t(lambda: s.encode("ascii", "bogus"))
t(lambda: "ok".encode("ascii", "bogus"))
