import unicodedata as ud

old = ud.ucd_3_2_0
print(type(old).__name__, old.unidata_version, ud.UCD is type(old))
for c in "a\u0221\u20ac\u0370\U0001F600\u4e00\u9fa6\u0e33\u00bd\u2f868"[:-1] + "\U0002F868":
    print(f"U+{ord(c):04X}", old.category(c), repr(old.bidirectional(c)), old.east_asian_width(c), old.mirrored(c),
          old.combining(c), repr(old.decomposition(c)), old.name(c, None), old.numeric(c, None),
          ascii(old.normalize("NFC", c)), ascii(ud.normalize("NFC", c)))
for n in ["LATIN SMALL LETTER D WITH CURL", "LATIN CAPITAL LETTER GHA", "HANGUL SYLLABLE GA", "EURO SIGN"]:
    try:
        print(n, ascii(old.lookup(n)))
    except KeyError as e:
        print(n, "KeyError", e)
try:
    ud.UCD()
except TypeError as e:
    print("TypeError", e)
print(sorted(n for n in dir(ud) if not n.startswith("__")))
print(sorted(n for n in dir(old) if not n.startswith("__")))
print("b\u00fccher.example".encode("idna"), b"xn--bcher-kva.example".decode("idna"))
