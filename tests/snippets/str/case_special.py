# Full case mappings (SpecialCasing.txt) and the final sigma.
for s in ["ß", "ﬁ", "ﬂour", "ŉ", "ǰ", "ΐ", "İ", "ı", "ẞ", "ﬃ", "և", "ᾳ", "ᾼ", "ῳ", "ﬀ", "Ꭰ", "ꭰ", "ᏸ", "ſ", "K", "Å", "ͅ"]:
    print(ascii(s), ascii(s.upper()), ascii(s.lower()), ascii(s.title()), ascii(s.capitalize()), ascii(s.casefold()), ascii(s.swapcase()))
for s in ["ΣΑΣ", "ΟΔΟΣ ΟΔΟΣ.", "Σ", "aΣ", "aΣb", "aΣ'", "a'Σ", "1Σ", "ΑΣ΄Α", "σς", "ΣΣ", "A.Σ.", "AΣ\u0345"]:
    print(ascii(s), ascii(s.lower()), ascii(s.title()), ascii(s.capitalize()), ascii(s.swapcase()), ascii(s.casefold()))
