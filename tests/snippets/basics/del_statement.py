x = 1
y = [1, 2, 3, 4, 5]
d = {"a": 1, "b": 2}
del y[1]
del y[1:3]
del d["a"]
print(y, d)
a = b = 5
del a
print(b)
class C:
    pass
c = C()
c.attr = 1
del c.attr
print(hasattr(c, "attr"))
p, q = 1, 2
del p, q
try:
    print(p)
except NameError as e:
    print("NameError:", e)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
try:
    del c.attr
except AttributeError as e:
    print("AttributeError:", e)
del x
print(x)
