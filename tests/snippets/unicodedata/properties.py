import unicodedata as ud

chars = "aZ5 \t\u00e9\u0301\u0661\u00bd\u2167\u4e00\uac00\u3000\uff21(\u05d0\u0627\U0001F600\u200d\ufeff\U000E0001\ud800\U0010FFFF\u0378"
for c in chars:
    print(f"U+{ord(c):04X}", ud.category(c), repr(ud.bidirectional(c)), ud.combining(c), ud.east_asian_width(c),
          ud.mirrored(c), repr(ud.decomposition(c)), ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None))
print(ud.unidata_version, ud.numeric("\u215b"), ud.numeric("\U00012432"), ud.digit("\u00b2"), ud.decimal("\uff19"))
for f in (ud.decimal, ud.digit, ud.numeric):
    try:
        f("x")
    except ValueError as e:
        print(f.__name__, "ValueError:", e)
print(ud.decimal("x", "dflt"), ud.numeric("x", -1))
