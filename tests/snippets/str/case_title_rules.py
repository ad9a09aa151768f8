for s in ["hello world", "they're bill's friends", "hello1world", "ǆemal ǉubljana", "x1y2z3", "__init__ case", "ÉCOLE é", "a\u0300b",
          "aʰb", "𐐨𐐨 𐐀𐐀", "mo\u0301na", "123abc", "ǅ"]:
    print(ascii(s), ascii(s.title()), s.title().istitle(), ascii(s.capitalize()), s.istitle())
