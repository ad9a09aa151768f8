# repetition copies references, not objects
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[1])
ok = [[0] * 3 for _ in range(3)]
ok[0][0] = 1
print(ok)
t = ([],) * 2
t[0].append(1)
print(t)
l = [[]]
l *= 3
l[0].append("x")
print(l, len(l))
s = [{}] * 2
s[1]["k"] = 1
print(s)
print([None] * 3, [1, 2] * 2 == [1, 2, 1, 2], ([1],) * 0, [] * 5)
