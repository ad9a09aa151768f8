# nested comprehensions and multiple for/if clauses
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print([(i, j) for i in range(3) if i for j in range(i) if j != 1])
print([[j for j in range(i)] for i in range(4)])
print({(r, c): matrix[r][c] for r in range(2) for c in range(2)})
print([x + y for x in "ab" for y in "xy"])
print([y for x in [[1, 2], [3]] for y in x])
table = [[f"{i}*{j}={i*j}" for j in range(1, 3)] for i in range(1, 3)]
for line in table:
    print(" ".join(line))
