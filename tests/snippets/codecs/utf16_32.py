import codecs
s = "aé€\U0001f600"
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
print(codecs.utf_16_ex_decode(b"\xff\xfea\x00b"), codecs.utf_16_ex_decode(b"\xfe\xff\x00a", None, 0, True), codecs.utf_16_ex_decode(b"a\x00", None, 1, True))
print(codecs.utf_32_ex_decode(b"\x00\x00\xfe\xffab"), codecs.utf_32_decode(b"abc"), codecs.utf_32_decode(b"a\x00\x00\x00", None, True))
print(codecs.utf_16_decode(b"\xff\xfea\x00", None, False), codecs.utf_16_decode(b"\xff", None, False), codecs.utf_16_le_decode(b"a\x00b"))
print(codecs.utf_16_le_decode(b"=\xd8", None, False), codecs.utf_16_le_decode(b"=\xd8\x00\xde", None, False))
print(codecs.utf_16_encode("a"), codecs.utf_16_encode("a", None, 1), codecs.utf_16_encode("a", "strict", -1), codecs.utf_32_encode("a"))
dec = codecs.getincrementaldecoder("utf-16")()
print([dec.decode(bytes([c])) for c in "é€\U0001f600".encode("utf-16")])
for bad in [b"a", b"\x00\xd8", b"\x00\xdca\x00"]:
    try:
        bad.decode("utf-16-le")
    except UnicodeDecodeError as e:
        print(e)
    print(repr(bad.decode("utf-16-le", "replace")), repr(bad.decode("utf-16-le", "backslashreplace")))
print("\ud800".encode("utf-16-le", "surrogatepass"), b"\x00\xd8".decode("utf-16-le", "surrogatepass") == "\ud800")
print("\ud800".encode("utf-32", "surrogatepass"), "\ud800x".encode("utf-8", "surrogatepass"))
