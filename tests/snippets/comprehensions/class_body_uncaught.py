# the NameError from a class-body comprehension, uncaught
class Table:
    width = 3
    cells = [[0] * width for _ in range(2)]
    rows = [width * r for r in range(2)]

print(Table.rows)
