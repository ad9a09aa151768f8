import array, copy, pickle

for tc in array.typecodes:
    a = array.array(tc, "héllo" if tc == "u" else [1, 2, 3])
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        b = pickle.loads(pickle.dumps(a, proto))
        assert b == a and b.typecode == tc, (tc, proto)
    print(tc, a.__reduce_ex__(2)[0].__name__, a.__reduce_ex__(3)[1][1:3])

class MyArray(array.array):
    pass
m = MyArray("d", [1.5, 2.5])
m.tag = "x"
m2 = pickle.loads(pickle.dumps(m, 4))
print(type(m2).__name__, m2, m2.tag)
print(copy.copy(m), copy.deepcopy(array.array("i", [1])))
r = array._array_reconstructor
print(r(array.array, "i", 9, b"\x00\x00\x00\x01\x00\x00\x00\x02"))
print(r(array.array, "l", 13, b"\x00" * 7 + b"\x05"), r(array.array, "d", 17, b"?\xf0" + b"\x00" * 6))
print(r(array.array, "u", 18, b"h\x00i\x00"), r(array.array, "f", 16, b"\x00" * 8))
print(r(MyArray, "b", 1, b"\x01\xff"))
for args in [(1, "b", 1, b""), (int, "b", 1, b""), (array.array, "x", 1, b""), (array.array, "b", 99, b""),
             (array.array, "b", 1, "")]:
    try:
        r(*args)
    except Exception as e:
        print(type(e).__name__, e)
it = iter(array.array("i", [1, 2, 3]))
next(it)
print(it.__reduce__()[1:])
it2 = pickle.loads(pickle.dumps(it))
print(list(it2))
