x = rf"{a b}"
