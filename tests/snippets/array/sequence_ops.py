from array import array

a = array("i", range(10))
print(a[3], a[-1], a[2:5], a[::3], a[::-2], a[5:2])
a[0] = 100
a[1:3] = array("i", [7, 8, 9])
print(a, len(a))
a[::2] = array("i", [0] * len(a[::2]))
print(a)
del a[1]
del a[::3]
print(a)
b = a + array("i", [1, 2])
print(b, a * 2, 2 * array("b", [1]), array("b", [1, 2]) * -1)
b += array("i", [3])
b *= 2
print(b)
print(5 in b, 99 in b, b.count(0), b.index(3), b.index(3, 6))
print(array("i", [1, 2]) == array("d", [1.0, 2.0]), array("i", [1, 2]) < array("i", [1, 3]),
      array("b", [1]) <= array("b", [1, 0]), array("i") == array("i"), array("f", [float("nan")]) == array("f", [float("nan")]))
print(list(reversed(array("h", [1, 2, 3]))), sorted(array("d", [3.0, 1.0, 2.0])))
it = iter(array("b", [5, 6, 7]))
print(next(it), list(it), list(it))
for label, f in [("index", lambda: a[100]), ("set", lambda: a.__setitem__(100, 1)), ("del", lambda: a.__delitem__(100)),
                 ("key", lambda: a["x"]), ("slice type", lambda: a.__setitem__(slice(0, 1), [1])),
                 ("ext slice", lambda: a.__setitem__(slice(0, 4, 2), array("i", [1, 2, 3]))),
                 ("kind", lambda: a.__setitem__(slice(0, 1), array("b", [1]))), ("concat", lambda: a + [1]),
                 ("concat kind", lambda: a + array("b")), ("iadd", lambda: a.__iadd__((1,))), ("mul", lambda: a * 1.5),
                 ("hash", lambda: hash(a)), ("lt", lambda: a < [1])]:
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, e)
