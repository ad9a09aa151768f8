grid = [
    [1, 2, 3],
    [4, -5, 6],
    [7, 8, -9],
]
negatives = 0
for r, row in enumerate(grid):
    for c, value in enumerate(row):
        if value < 0:
            negatives += 1
            print("negative at", r, c)
            break
    else:
        print("row", r, "all positive")
print("negatives:", negatives)

total = 0
i = 0
while i < len(grid):
    j = 0
    while j < len(grid[i]):
        if grid[i][j] < 0:
            j += 1
            continue
        total += grid[i][j]
        j += 1
    i += 1
print("sum of positives:", total)
