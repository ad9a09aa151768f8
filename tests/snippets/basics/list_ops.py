l = [3, 1, 2]
l.append(4)
l.extend([5, 6])
l.insert(0, 0)
l.insert(100, 7)
l.insert(-1, 8)
print(l, len(l))
print(l.pop(), l.pop(0), l, l.index(2), l.count(1))
l.remove(8)
l.reverse()
print(l)
l.sort()
print(l, sorted([3, 1, 2], reverse=True), sorted(["b", "A", "a"], key=str.lower))
l[1:3] = ["a", "b", "c"]
print(l)
l[::2] = [0] * len(l[::2])
print(l)
del l[0], l[-1]
print(l)
del l[::2]
print(l)
print([1, 2] + [3], [0] * 3, [1, 2] * 0, [[1, 2], [3]] == [[1, 2], [3]], [1, 2] < [1, 3], [] < [0])
print(list("abc"), list(range(3)), list((1, 2)), [1, [2, [3, []]]])
x = [1, 2, 3]
x[len(x):] = [4]
x[:0] = [0]
print(x, x[-2:], x[:-2], x[1:-1:2])
for bad in [lambda: x[10], lambda: x.remove(99), lambda: x.index(99), lambda: [].pop(), lambda: x.pop(10),
            lambda: x.__setitem__(slice(None, None, 2), [1])]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
