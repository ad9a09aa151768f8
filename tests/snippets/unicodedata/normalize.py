import unicodedata as ud

samples = ["caf\u00e9", "cafe\u0301", "\ufb01", "\u2460\u00b2", "\uac00\u11a8", "\u1100\u1161\u11a8", "e\u0308\u0301",
           "a\u0316\u0301\u0300", "\u212b", "\u1e9b\u0323", "\u00c5\u0327", "x\u0345\u0301", "\U0001d400", "\u0f73",
           "\u0958", "\u2126", "A\u030a", "\uff76\uff9e", "\u3300", ""]
for s in samples:
    row = [ascii(ud.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")]
    flags = [ud.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")]
    print(ascii(s), " ".join(row), flags)
for args in [("NFX", "a"), ("NFC", 1), (1, "a")]:
    try:
        ud.normalize(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    ud.is_normalized("nfc", "a")
except ValueError as e:
    print("ValueError", e)
