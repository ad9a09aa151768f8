def show(s, enc, err="strict"):
    try:
        s.encode(enc, err)
    except UnicodeEncodeError as e:
        print(type(e).__name__, "|", e, "|", e.encoding, ascii(e.object), e.start, e.end, e.reason)
show("a\xff\xfeb", "ascii")
show("a\u0100\u0101b\u0102", "latin-1")
show("\ud800\ud800x\udfff", "utf-8")
show("x\ud800", "utf-16")
show("x\ud800", "utf-32-le")
show("\udc80\udc10", "latin-1", "surrogateescape")
show("\udc80\udcff", "ascii", "surrogatepass")
show("\udc80", "utf-16-le", "surrogateescape")
show("a\U0001f600", "ascii")
show("a\U0001f600\U0001f601", "latin-1")
