def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for s in ["  abc  ", "\t\n abc \r\x0b\x0c", "abc", "", "   ", "\xa0\u2003abc\u3000\x85", "\u200babc\u200b"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
s = "xxyhelloyxx"
print(s.strip("xy"), s.lstrip("xy"), s.rstrip("xy"), s.strip(""), s.strip(None), s.strip("helloxy"))
print("😀a😀".strip("😀"), "😀a😀b".rstrip("b😀"), "é😀aé".lstrip("😀é"))
t(lambda: s.strip(1))
t(lambda: s.lstrip(1))
t(lambda: s.rstrip(b"x"))
t(lambda: s.strip("a", "b"))
t(lambda: s.strip(chars="x"))
