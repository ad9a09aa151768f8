def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for s in ["\ud800", "\udfff", "a\ud800b", "\udc00\ud800"]:
    for enc in ["utf-16-le", "utf-16-be", "utf-16", "utf-32-le", "utf-32-be", "utf-32", "utf-8"]:
        b = s.encode(enc, "surrogatepass")
        print(ascii(s), enc, b, ascii(str(b, enc, "surrogatepass")) == ascii(s))
t(lambda: "\ud800".encode("latin-1", "surrogatepass"))
t(lambda: "\ud800".encode("ascii", "surrogateescape"))
t(lambda: "\udc41".encode("ascii", "surrogateescape"))
t(lambda: "\udcc1".encode("ascii", "surrogateescape"))
t(lambda: "\udcc1".encode("utf-8", "surrogateescape"))
t(lambda: "\udcc1".encode("utf-16-le", "surrogateescape"))
t(lambda: "\udcc1".encode("utf-32", "surrogateescape"))
