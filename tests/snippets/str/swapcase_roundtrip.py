for s in ["Hello", "ß", "ǅ", "ΣΑΣ σας", "İı", "ﬁ", "ʰ", "Ⓐⓐ", "𐐀𐐨", "µ", "ÿŸ", "ǰ", "Ꭰꭰ"]:
    w = s.swapcase()
    print(ascii(s), ascii(w), ascii(w.swapcase()), w.swapcase() == s)
