def show(b, enc, err="strict"):
    try:
        print(ascii(str(b, enc, err)))
    except UnicodeDecodeError as e:
        print(type(e).__name__, "|", e, "|", e.encoding, e.object, e.start, e.end, e.reason)
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)
show(b"\xff", "utf-8")
show(b"ab\xe2\x82", "utf-8")
show(b"\xe2\x82x", "utf-8")
show(b"\x80\x81", "ascii")
show(b"\xff", "utf-8", "xmlcharrefreplace")
show(b"\xff", "utf-8", "namereplace")
show(b"\xff", "utf-8", "bogus")
show(b"ok", "utf-8", "bogus")
show(b"\x00\xd8\x00", "utf-16-le")
show(b"\xfe\xffa", "utf-16")
show(b"\x00\x00\xfe\xff\x00\x00\x00a\x00", "utf-32")
show(b"\x00\xdc", "utf-16-le", "surrogateescape")
show(b"\x00\xdc\x00\xdc", "utf-16-le", "backslashreplace")
show(b"\x00\xd8\x00\xd8", "utf-16-le", "surrogatepass")
show(b"\x00\xd8\x00\x00", "utf-32-le", "surrogatepass")
show(b"a\x01", "utf-8", "surrogateescape")
show(b"\xf5\x80", "utf-8", "surrogateescape")
