# * and ** in list, tuple, set and dict displays
a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, *"xy"))
print(*a, *b)
print(sorted({*a, *b, 1}))
print([*range(3), *{}, *[]])
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2})
print({**d2, **d1})
print({"a": 0, **d1, "a": 100})
print({**{}, **dict(x=1)})
t = *a, 9
print(t)
print([*(x for x in "hi")])
