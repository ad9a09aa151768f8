# an uncaught ValueError from zip(strict=True)
for a, b in zip([1, 2, 3], "ab", strict=True):
    print(a, b)
