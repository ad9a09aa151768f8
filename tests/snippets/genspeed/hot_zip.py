# zip on hot paths: two and three iterables, unequal lengths, strict=True errors, iterators that raise,
# a zip of generators, and zip(*matrix) transposition inside comprehensions.
matrix = [[i + j for j in range(40)] for i in range(40)]
for _ in range(2):
    matrix = [[sum(a * b for a, b in zip(row, col)) % 1009 for col in zip(*matrix)] for row in matrix]
print(matrix[0][:5], matrix[39][39])

print(sum(a + b for a, b, c in zip(range(3000), range(1, 5000), "ab" * 2000)))


def gen(n):
    for i in range(n):
        yield i * 2


print(list(zip(gen(2000), gen(1500)))[-1], len(list(zip(gen(10), []))))

for args in [(range(2000), range(2001)), (range(2001), range(2000)), (range(2000), range(2000), range(1999))]:
    try:
        print(sum(1 for _ in zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError", e)


def bad():
    for i in range(1500):
        yield i
    raise KeyError("bad")


try:
    for pair in zip(range(5000), bad()):
        pass
except KeyError as e:
    print("KeyError", e, pair)
z = zip(range(3), "abc")
print(list(z), list(z), type(zip()).__name__, list(zip()))
