def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: "".encode("utf-8-sig"))
t(lambda: "a😀".encode("utf-8-sig"))
t(lambda: str(b"\xef\xbb\xbf", "utf-8-sig"))
t(lambda: str(b"\xef\xbb\xbfa", "utf-8-sig"))
t(lambda: str(b"\xef\xbb\xbf\xef\xbb\xbfa", "utf-8-sig"))
t(lambda: str(b"a\xef\xbb\xbf", "utf-8-sig"))
t(lambda: str(b"\xef\xbb", "utf-8-sig"))
t(lambda: str(b"\xef\xbb\xbf", "utf-8"))
t(lambda: "\ud800".encode("utf-8-sig"))
t(lambda: "\ud800".encode("utf-8-sig", "replace"))
