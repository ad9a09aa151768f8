# del on names, attributes, subscripts and slices
a = 1
del a
try:
    a
except NameError as e:
    print("NameError:", e)

class Obj:
    pass
o = Obj()
o.attr = "x"
del o.attr
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)

lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)

d = {"k": 1, "j": 2}
del d["k"]
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
print(d)
x, y, z = 1, 2, 3
del x, (y, z)
print("x" in globals(), "y" in globals(), "z" in globals())
