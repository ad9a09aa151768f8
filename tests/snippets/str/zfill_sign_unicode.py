for s in ["+", "-", "+1", "-1", "1", "", "+-1", " -1", "٣", "-٣", "+😀", "-1e5"]:
    print(ascii(s), [ascii(s.zfill(w)) for w in (0, 2, 3, 5)])
