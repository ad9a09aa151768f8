def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


full = "".join(chr(i) for i in range(256))
b = full.encode("latin-1")
print(len(b), str(b, "latin-1") == full, str(b, "iso8859-1") == full)
t(lambda: full.encode("ascii"))
t(lambda: full.encode("ascii", "ignore") == full[:128].encode("ascii"))
t(lambda: len(full.encode("ascii", "replace")))
t(lambda: full[120:140].encode("ascii", "backslashreplace"))
t(lambda: full[120:140].encode("ascii", "xmlcharrefreplace"))
t(lambda: str(b, "ascii"))
t(lambda: len(str(b, "ascii", "replace")))
t(lambda: str(full[120:140].encode("latin-1"), "ascii", "backslashreplace"))
t(lambda: str(full[125:135].encode("latin-1"), "ascii", "surrogateescape"))
t(lambda: "\u0100".encode("latin-1", "xmlcharrefreplace"))
t(lambda: "\U0001f600".encode("latin-1", "backslashreplace"))
