# list construction, copying, reversing, contains and repr
print(list(), list("abc"), list((1, 2)), list({1: 2}), list(range(3)), list(x for x in "hi"))
a = [1, [2, 3]]
b = a.copy()
c = a[:]
print(b == a, b is a, b[1] is a[1], c[1] is a[1])
a.reverse(); print(a)
print([] == [], [1] * 0, [[]] * 3, [0] * 3)
m = [[]] * 3
m[0].append(1)
print(m)
print(len([1, 2, 3]), bool([]), bool([0]), [1, 2] + [3], [1, 2, 3][::-1])
print(1 in [1.0], "a" in ["a"], None in [None], [1] in [[1]], (1,) in [[1]])
l = list(range(10))
l.__init__("xy")
print(l)
l.__init__()
print(l)
x = [3, 1, 2]
print(x.sort(), x.reverse(), x.clear(), x.append(1), x.extend([]), x.insert(0, 0), x)
print(repr([1, "a", None, 2.5, (1,), [], {}]))
print(str(["'", '"', "\n"]))
print([1, 2, 3].__iadd__([4]), [1].__imul__(3), [1, 2].__mul__(2), [1].__rmul__(2), [1].__add__([2]))
print(list.__len__([1, 2]), list.__getitem__([5, 6], -1), type([].__reversed__()).__name__)
print(max([3, 1, 2]), min([3, 1, 2]), sum([1, 2, 3]), sorted([3, 1, 2], reverse=True))
