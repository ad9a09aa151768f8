s = "😀a😀b😀"
for sub in ["😀", "a", "b😀", "😀a😀", ""]:
    print(ascii(sub), [s.find(sub, i) for i in range(-6, 7)], [s.rfind(sub, 0, j) for j in range(-6, 7)])
print([s.count("😀", i, j) for i in range(0, 6) for j in (3, 5)])
print(s.index("b"), s.rindex("😀", 0, 4), s.startswith("a", 1), s.endswith("b", 0, 4))
