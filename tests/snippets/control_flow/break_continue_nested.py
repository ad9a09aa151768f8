for i in range(4):
    if i == 1:
        continue
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j)
found = None
for a in range(1, 10):
    for b in range(a, 10):
        if a * b == 24 and a + b == 10:
            found = (a, b)
            break
    if found:
        break
print("found", found)
i = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
