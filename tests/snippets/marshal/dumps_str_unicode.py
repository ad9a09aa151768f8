import marshal
for v in ("é", "héllo", "日本語", "😀", "a😀b", "\x00", "\x7f", "\x80", "ÿ", "Ā"):
    d = marshal.dumps(v)
    print(ascii(v), d, marshal.loads(d) == v)
for v in ("\ud800", "a\udfffb", "\udc80"):
    d = marshal.dumps(v)
    print(ascii(v), d, ascii(marshal.loads(d)))
for ver in range(5):
    print(ver, marshal.dumps("déjà", ver))
