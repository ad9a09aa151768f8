for s in ["hello", "HELLO", "hELLO wORLD", "a1b2", "1a", "ab-cd_ef.gh", "o'neil mc'donald", "ǉ", "ǈ", "ǈa", "aǈ", "ΣΑΣ ΣΑΣ", "ß ß", "ﬁx ﬂy", "ŉ", "αΐ"]:
    t = s.title()
    print(ascii(s), ascii(t), t.istitle(), s.istitle(), ascii(s.capitalize()))
