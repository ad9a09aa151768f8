values = ["12", "0x1f", "abc"]
for v in values:
    print(int(v, 0) if v.startswith("0x") else int(v))
