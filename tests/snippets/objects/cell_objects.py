import types
def make():
    x = 5
    def g():
        return x
    return g.__closure__[0]
c = make()
print(type(c).__name__, c.cell_contents, repr(c).startswith("<cell at 0x"), "int object at" in repr(c))
c.cell_contents = 7
print(c.cell_contents)
del c.cell_contents
try:
    c.cell_contents
except ValueError as ex:
    print("ValueError:", ex)
print(repr(c).endswith(": empty>"))
try:
    del c.cell_contents
except ValueError as ex:
    print("ValueError:", ex)
e = types.CellType()
try:
    e.cell_contents
except ValueError as ex:
    print("ValueError:", ex)
n = types.CellType(3)
print(n.cell_contents)
try:
    types.CellType(1, 2)
except TypeError as ex:
    print("TypeError:", ex)
try:
    types.CellType(x=1)
except TypeError as ex:
    print("TypeError:", ex)
a, b = types.CellType(1), types.CellType(2)
print(a == a, a == b, a < b, a <= b, a > b, types.CellType(1) == types.CellType(1))
print(types.CellType() == types.CellType(), types.CellType() < types.CellType(0))
try:
    types.CellType("a") < types.CellType(1)
except TypeError as ex:
    print("TypeError:", ex)
try:
    hash(a)
except TypeError as ex:
    print("TypeError:", ex)
