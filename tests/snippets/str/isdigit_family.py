for s in ["0123456789", "٠١٢", "०१२", "²³¹", "①②", "⑴", "½¾", "Ⅻ", "〇一", "零", "𝟘𝟙", "𑁒", "🄀", "\u0f33", "12a", "", "-1", "1.5", "١٢٣", "⁰"]:
    print(ascii(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum(), s.isalpha())
print(int("٣٤"), float("١.٥"))
