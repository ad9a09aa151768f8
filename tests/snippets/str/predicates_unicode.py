names = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
samples = ["é", "É", "ß", "ǅ", "ª", "ʰ", "Ⅻ", "ⅻ", "½", "²", "٣", "३", "〇", "一", "零", "\u00a0", "\u2028", "\u200b", "\xad", "\ud800",
           "😀", "𝟘", "𐐀", "𐐨", "\U0001d400", "\U000e0001", "\u0378", "\u0345", "Ⓐ", "ⓐ", "\u1885", "℘", "℮", "·", "\u0300",
           "\U00010FFF", "\U0001F1E6", "\u3000", "\x85", "\u180e", "\u2160abc", "ꭰ", "\U00016E40", "\U0001E900"]
for n in names:
    print(n.ljust(13), "".join("1" if getattr(s, n)() else "0" for s in samples))
