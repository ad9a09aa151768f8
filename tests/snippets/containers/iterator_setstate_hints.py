# __setstate__ then __length_hint__ and iteration, for each iterator that supports it
for make, states in ((lambda: iter([10, 20, 30]), (-3, 0, 1, 2, 3, 9)), (lambda: iter((10, 20, 30)), (-1, 1, 3, 5)),
                     (lambda: iter(range(10, 40, 10)), (-2, 1, 3, 7)), (lambda: iter(range(10**20, 10**20 + 3)), (-1, 2, 10)),
                     (lambda: reversed([10, 20, 30]), (-5, -1, 0, 1, 2, 9)), (lambda: reversed("abc"), (-4, 0, 1, 7)),
                     (lambda: iter("xyz"), (-1, 1, 4))):
    for st in states:
        it = make()
        it.__setstate__(st)
        print(type(it).__name__, st, it.__length_hint__(), list(it))
it = iter([1, 2])
list(it)
it.__setstate__(0)
print(list(it), it.__length_hint__())
z = zip([1])
z.__setstate__(1)
print(z.__reduce__()[2:], list(z))
