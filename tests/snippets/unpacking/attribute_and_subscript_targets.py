# unpacking into attributes, subscripts and slices
class Box:
    pass

box = Box()
data = [0, 0, 0]
d = {}
box.x, data[1], d["k"] = "attr", "item", "dict"
print(box.x, data, d)
data[0], *data[1:] = "abc"
print(data)
box.items, box.rest = [1, 2], None
print(box.items, box.rest)
# the order of assignment is left to right
i = 0
lst = [10, 20, 30]
i, lst[i] = 2, "set"
print(i, lst)
