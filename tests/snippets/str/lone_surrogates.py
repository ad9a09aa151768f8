def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


s = "a\ud800b\udfffc"
print(len(s), ascii(s), ascii(s[1]), ascii(s[3]), s.find("\ud800"), s.find("\udfff"), s.count("\ud800"))
print(ascii(s.upper()), ascii(s.split("\ud800")), s.isprintable(), "\ud800".isalpha(), ascii(s[::-1]))
print(ascii("😀".find("\ud83d")), "😀".count("\ude00"), "\ud83d" in "😀", "😀".startswith("\ud83d"), "😀".endswith("\ude00"))
print("x😀y".split("\ud83d"), "x😀y".replace("\ude00", "!"), "😀".partition("\ud83d"))
t(lambda: s.encode())
t(lambda: s.encode("utf-8", "surrogatepass"))
t(lambda: s.encode("utf-8", "backslashreplace"))
t(lambda: str(s.encode("utf-8", "surrogatepass"), "utf-8", "surrogatepass") == s)
t(lambda: "\udcff\udc80".encode("utf-8", "surrogateescape"))
t(lambda: str(b"\xff\x80abc", "utf-8", "surrogateescape"))
print(ascii(repr("\ud800")), ascii(str("\udc00")))
