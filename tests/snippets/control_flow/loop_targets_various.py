class Holder:
    pass

h = Holder()
for h.value in range(3):
    pass
print(h.value)
d = {}
for d["key"] in "abc":
    pass
print(d)
lst = [None, None]
for lst[0], lst[1] in [(1, 2), (3, 4)]:
    print(lst)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for first, *rest in ["abc", "de"]:
    print(first, rest)
for (x,) in [[1], [2]]:
    print(x, end=" ")
print()
