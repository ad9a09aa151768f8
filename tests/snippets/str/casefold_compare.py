pairs = [("Straße", "STRASSE"), ("ﬁle", "FILE"), ("ΣΑΣ", "σας"), ("İ", "i̇"), ("ǅ", "ǆ"), ("ſ", "s"), ("K", "k"), ("Å", "å"), ("ᾳ", "ἀι"), ("µ", "μ")]
for a, b in pairs:
    print(ascii(a), ascii(b), a.casefold() == b.casefold(), ascii(a.casefold()), ascii(b.casefold()), a.lower() == b.lower())
