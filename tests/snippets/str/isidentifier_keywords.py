for s in ["x", "_", "__x__", "x1", "1x", "if", "None", "é", "ℕ", "·", "a·", "℘", "℮", "x\u0300", "\u0300x", "𝐀", "ｘ", "x-y", "", " ", "a b", "Ⅻ", "ᢅ", "゛", "a゛"]:
    print(ascii(s), s.isidentifier())
