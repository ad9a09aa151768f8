a = 1
b = f"{a b}"
