import unicodedata as ud

for c in "a\u00e9\u4e00\U00020000\uac00\ud7a3\uac01\uf900\U0001B170\U00018B00\U0001F600\u0000\ue000\U00017000\u2028":
    print(f"U+{ord(c):04X}", ud.name(c, "<none>"))
for n in ["LATIN SMALL LETTER A", "latin small letter a", "Snowman", "HANGUL SYLLABLE GAG", "hangul syllable gag",
          "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-4e00", "CJK UNIFIED IDEOGRAPH-20000",
          "CJK COMPATIBILITY IDEOGRAPH-F900", "cjk compatibility ideograph-f900", "LATIN CAPITAL LETTER GHA",
          "BYTE ORDER MARK", "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "KEYCAP NUMBER SIGN", "NO SUCH THING",
          "HANGUL SYLLABLE ", "x" * 300]:
    try:
        print(n[:40], "->", ascii(ud.lookup(n)))
    except KeyError as e:
        print(n[:40], "-> KeyError", e)
print(ud.lookup(b"GREEK SMALL LETTER ALPHA"))
try:
    ud.name("\u0000")
except ValueError as e:
    print("ValueError:", e)
print("\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}")
