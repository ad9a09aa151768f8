class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print("get", key)
        return self.cells.get(str(key), ".")
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[str(key)] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[str(key)]

g = Grid()
g[1, 2] = "x"
print(g[1, 2], g[0, 0])
g[1:3] = "slice"
print(g[::2])
del g[1, 2]
try:
    del g[9, 9]
except KeyError as e:
    print("KeyError:", e)
g["a"] = 1
g["a"] += 5
print(g.cells)

class ReadOnly:
    def __getitem__(self, i):
        return i
for stmt in ["r[0] = 1", "del r[0]"]:
    try:
        exec(stmt, {"r": ReadOnly()})
    except TypeError as e:
        print("TypeError:", e)
class Nothing:
    pass
for stmt in ["n[0]", "n[0] = 1", "del n[0]"]:
    try:
        exec(stmt, {"n": Nothing()})
    except TypeError as e:
        print("TypeError:", e)
class OnlyDel:
    def __delitem__(self, k):
        print("only del", k)
o = OnlyDel()
del o["k"]
try:
    o["k"] = 1
except AttributeError as e:
    print("AttributeError:", e)
