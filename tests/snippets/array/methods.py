from array import array

a = array("h", [1, 2, 3])
a.append(4); a.extend([5, 6]); a.extend(array("h", [7])); a.insert(0, 0); a.insert(-1, 99); a.insert(100, 50)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(5); a.reverse()
print(a)
a.fromlist([10, 11])
print(a, a.tolist())
b = array("H", [1, 258])
print(b.tobytes())
b.byteswap()
print(b, b.tobytes())
b.frombytes(b"\x01\x00\x02\x00")
print(b)
u = array("u", "ab")
u.fromunicode("cd")
print(u, u.tounicode())
c = array("b", [1, 2])
try:
    c.fromlist([3, 4, 1000])
except OverflowError as e:
    print("OverflowError", e, c)
for label, f in [("pop empty", lambda: array("b").pop()), ("pop range", lambda: a.pop(50)), ("remove", lambda: a.remove(1234)),
                 ("index", lambda: a.index(1234)), ("frombytes", lambda: a.frombytes(b"abc")), ("frombytes str", lambda: a.frombytes("ab")),
                 ("fromlist", lambda: a.fromlist((1,))), ("tounicode", lambda: a.tounicode()), ("fromunicode", lambda: a.fromunicode("x")),
                 ("fromunicode int", lambda: u.fromunicode(1)), ("extend kind", lambda: a.extend(array("b"))),
                 ("extend", lambda: a.extend()), ("insert", lambda: a.insert(1)), ("pop kw", lambda: a.pop(i=1)),
                 ("count", lambda: a.count()), ("byteswap", lambda: a.byteswap(1)), ("index args", lambda: a.index(1, 2, 3, 4))]:
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, e)
print(a.buffer_info()[1] == len(a), a.__sizeof__() > 0)
