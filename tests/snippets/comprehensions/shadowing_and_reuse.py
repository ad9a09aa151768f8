# a comprehension may reuse the name of its iterable, and nested ones may shadow each other
x = [1, 2, 3]
x = [x * 2 for x in x]
print(x)
row = [[1, 2], [3, 4]]
print([row for row in row for row in row])
print([[i for i in range(i)] for i in range(3)])
i = "module i"
print([i for i in "ab"], i)
def f(data):
    return {data: len(data) for data in data}
print(f(["aa", "b"]))
