def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for data, enc in [(b"\xff", "utf-8"), (b"a\xe2\x82", "utf-8"), (b"\xe2\x82x", "utf-8"), (b"\xc0\x80", "utf-8"), (b"\xed\xa0\x80", "utf-8"),
                  (b"\xf4\x90\x80\x80", "utf-8"), (b"\xf0\x9f\x98", "utf-8"), (b"\x80abc", "ascii"), (b"a\x00b", "utf-16"),
                  (b"\x00\xd8a\x00", "utf-16-le"), (b"\x00\xdca\x00", "utf-16-le"), (b"\x00\xd8", "utf-16-le"), (b"\x00\x00\x11\x00", "utf-32-le"),
                  (b"\x00\xd8\x00\x00", "utf-32-le"), (b"\x00\x00\x00", "utf-32"), (b"\xef\xbb\xbf\xff", "utf-8-sig")]:
    for err in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape", "surrogatepass"]:
        print(data, enc, err, end=" ")
        t(lambda: str(data, enc, err))
