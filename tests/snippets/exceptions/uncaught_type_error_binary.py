items = [("apples", 3), ("pears", "2")]
total = 0
for name, count in items:
    total = total + count * 2
    print(name, total)
