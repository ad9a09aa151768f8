TRICKY = ["", "a", "A", "abc", "ABC", "Hello World", "hello world", "  padded  ", "ß", "ﬁ", "İ", "ǅ", "ǆǅǄ", "ΣΑΣ", "σς", "straße", "ŉ", "ΐ",
          "😀", "a😀b", "𐐀𐐨", "𝐀𝐁", "e\u0301", "\u0301e", "a\u0345", "\ud800", "x\udfffy", "\u2028", "\x85", "\u00a0", "\t\n\x0b\x0c\r",
          "\x1c\x1d\x1e\x1f", "Ⅻ", "½", "٣", "〇", "一二三", "ʰʱ", "ª", "Ⓐⓐ", "ꭰꭱ", "Ꭰ", "\U0001e900", "\U00010400abc", "12ab", "_id", "1id",
          "they're", "O'Neil", "x.y", "a\u200bb", "\ufeff", "\U000e0041"]
for s in TRICKY:
    print(ascii(s), ascii(s.lower()), ascii(s.upper()), ascii(s.casefold()), ascii(s.swapcase()), ascii(s.title()), ascii(s.capitalize()))
