def search(matrix, target):
    for i, row in enumerate(matrix):
        for j, v in enumerate(row):
            if v == target:
                return i, j
    return None

print(search([[1, 2], [3, 4]], 3), search([[1]], 5), search([], 1))

def count_until(limit):
    n = 0
    while True:
        n += 1
        if n * n > limit:
            return n
print(count_until(50))

def evens(limit):
    out = []
    for i in range(limit):
        if i % 2:
            continue
        out.append(i)
    else:
        out.append("done")
    return out
print(evens(7))
