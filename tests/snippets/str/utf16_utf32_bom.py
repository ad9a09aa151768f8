def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


s = "a😀"
print(s.encode("utf-16"), s.encode("utf-16-le"), s.encode("utf-16-be"))
print(s.encode("utf-32"), s.encode("utf-32-le"), s.encode("utf-32-be"))
for b in [b"\xff\xfea\x00", b"\xfe\xff\x00a", b"a\x00", b"\xff\xfe", b"", b"\xff\xfe\xff\xfea\x00", b"=\xd8\x00\xde"]:
    t(lambda: str(b, "utf-16"))
for b in [b"\xff\xfe\x00\x00a\x00\x00\x00", b"\x00\x00\xfe\xff\x00\x00\x00a", b"a\x00\x00\x00", b"\x00\xf6\x01\x00"]:
    t(lambda: str(b, "utf-32"))
print(str("😀é".encode("utf-16"), "utf-16"), str("😀é".encode("utf-32-be"), "utf-32-be"))
