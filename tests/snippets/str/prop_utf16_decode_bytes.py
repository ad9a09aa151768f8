units = ["a\x00", "\x00\xd8", "\xff\xdb", "\x00\xdc", "\xff\xdf", "\xac\x20", "\x00"]
for a in units:
    for b in units:
        data = (a + b).encode("latin-1")
        try:
            r = ascii(str(data, "utf-16-le"))
        except UnicodeDecodeError as e:
            r = "%d-%d %s" % (e.start, e.end, e.reason)
        print(data, r, ascii(str(data, "utf-16-le", "replace")), ascii(str(data, "utf-16-le", "backslashreplace")))
