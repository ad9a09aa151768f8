s = "x.y.z"
for c in (-2**100, -1, 0, 1, 2, 3, 10, 2**62):
    print(c, s.replace(".", "--", c), s.replace("", "|", c), "".replace("", "e", c))
