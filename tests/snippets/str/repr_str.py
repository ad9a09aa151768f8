for s in ["plain", "quote'", 'dq"', "both'\"", "\n\t\r\\", "\x00\x7f\x80\x9f\xa0", "é😀", "\u200b\u2028\ufeff", "\ud800", "\U000e0100", "\U0010ffff", "\u0378", "ǅ"]:
    print(repr(s), ascii(s), str(s) == s, len(repr(s)))
print(repr("a" * 3), ascii("\x85"), repr("\xad"))
