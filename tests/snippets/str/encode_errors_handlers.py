def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


s = "a\xe9\u20ac\U0001f600\udc80z"
for enc in ["ascii", "latin-1", "utf-8", "utf-16-le", "utf-32-be"]:
    for err in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass", "strict"]:
        print(enc, err, end=" ")
        t(lambda: s.encode(enc, err))
