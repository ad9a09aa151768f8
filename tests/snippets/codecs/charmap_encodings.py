encs = ["cp1252", "cp1251", "cp1250", "latin-2", "iso8859-15", "koi8-r", "koi8-u", "mac-roman", "cp437", "cp850",
        "cp866", "iso8859-7", "cp1253", "mac-cyrillic", "hp-roman8", "cp500", "tis-620", "cp1255"]
text = "Az09 é€жΩ£ñß"
for enc in encs:
    b = text.encode(enc, "replace")
    print(enc, b, b.decode(enc, "replace"))
print(bytes(range(128, 160)).decode("cp1252", "replace"))
print(bytes(range(192, 256)).decode("koi8-r"))
print("".join(chr(c) for c in range(0x400, 0x420)).encode("cp1251"))
