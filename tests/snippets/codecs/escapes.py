import codecs
print(codecs.escape_encode(b"a\n\x00\\'\"\x7f\xff"), codecs.escape_decode(b"a\\n\\x41\\101\\\\\\'\\\n"))
print(codecs.escape_decode("str \\t ok"), codecs.escape_decode(b"\\x4", "replace"), codecs.escape_decode(b"\\x4g", "ignore"))
for bad in [b"\\x4", b"\\x", b"abc\\"]:
    try:
        codecs.escape_decode(bad)
    except ValueError as e:
        print("ValueError:", e)
s = "a\n\té\u1234\U0001f600\\'\x7f"
for enc in ["unicode_escape", "raw_unicode_escape"]:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
print(b"\\N{LATIN SMALL LETTER E WITH ACUTE}\\u00e9\\U0001F600\\x41\\101".decode("unicode_escape"))
print(codecs.unicode_escape_decode(b"ab\\u12", "strict", False), codecs.unicode_escape_decode(b"ab\\", None, False))
print(codecs.raw_unicode_escape_decode(b"\\u0041\\\\u0041\\x41\xe9"), codecs.raw_unicode_escape_decode(b"a\\u00", None, False))
for bad in [b"\\u12", b"\\U00110000", b"\\N{NO SUCH NAME}", b"\\N{", b"x\\", b"\\xg0"]:
    try:
        bad.decode("unicode_escape")
    except UnicodeDecodeError as e:
        print(e)
    print(bad.decode("unicode_escape", "replace"), bad.decode("unicode_escape", "backslashreplace"))
for bad in [b"\\u12", b"\\U00110000"]:
    try:
        bad.decode("raw_unicode_escape")
    except UnicodeDecodeError as e:
        print(e)
