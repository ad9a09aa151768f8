import sys
cps = [0, 0x7f, 0x80, 0xff, 0x100, 0x7ff, 0x800, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff]
s = "".join(chr(c) for c in cps)
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig"]:
    b = s.encode(enc)
    print(enc, len(b), str(b, enc) == s, repr(b)[:40])
for i in range(0, 0x110000, 0x1111):
    c = chr(i)
    if 0xd800 <= i < 0xe000:
        continue
    assert str(c.encode("utf-8"), "utf-8") == c, i
    assert str(c.encode("utf-16-be"), "utf-16-be") == c, i
print("ok", sys.maxunicode)
