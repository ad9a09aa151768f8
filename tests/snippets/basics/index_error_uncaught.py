def last_but(items, k):
    return items[len(items) - k]

rows = [[1, 2], [3, 4]]
print(last_but(rows, 1))
print(last_but(rows[0], 0))
