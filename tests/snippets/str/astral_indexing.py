s = "a😀b𝄞c\U0010ffff"
print(len(s), [hex(ord(c)) for c in s])
print(s.find("b"), s.find("𝄞"), s.rfind("c"), s.index("\U0010ffff"), s.count("😀"))
print(s[1], s[3], s[-1] == "\U0010ffff", s[1:4], s[::-1] == "\U0010ffffc𝄞b😀a")
print(s.upper(), s.split("b"), s.partition("𝄞"), s.replace("😀", "x"))
print(s.startswith("a😀"), s.endswith("c\U0010ffff"), s.startswith("😀", 1), s.endswith("b", 0, 3))
print(s.center(9, "*"), s.ljust(8, "😀"), s.zfill(8))
print("😀".encode("utf-8"), "😀".encode("utf-16-be"), len("😀".encode("utf-16-le")))
print(s.isprintable(), "😀".isalpha(), "𝐀".isalpha(), "𝐀".isupper(), "𝟘".isdecimal(), "𝟘".isdigit())
