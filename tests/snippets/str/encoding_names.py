def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for n in ["UTF8", "utf_8", "Utf-8", "U8", "utf", "cp65001", "latin1", "L1", "iso-8859-1", "ISO8859-1", "iso_8859_1", "8859", "latin", "cp819",
          "us-ascii", "646", "ASCII", "us", "U16", "utf-16le", "UTF-16BE", "unicodelittleunmarked", "U32", "UTF-32BE", "utf_32le",
          "utf8-sig", "utf_8_sig", "UTF-8-SIG", "utf.8", " utf-8 ", "utf--8", "utf 8", "utf-8!", "latin_1", "iso8859", "ucs2"]:
    print(repr(n), end=" ")
    t(lambda: "é".encode(n))
