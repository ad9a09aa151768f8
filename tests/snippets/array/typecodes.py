import array
print(array.typecodes, array.ArrayType is array.array)
for tc in array.typecodes:
    a = array.array(tc)
    print(tc, a.itemsize, a.typecode, repr(a))
samples = {"b": [-128, 0, 127], "B": [0, 255], "h": [-32768, 32767], "H": [0, 65535], "i": [-2**31, 2**31 - 1],
           "I": [0, 2**32 - 1], "l": [-2**63, 2**63 - 1], "L": [0, 2**64 - 1], "q": [-2**63, 2**63 - 1],
           "Q": [0, 2**64 - 1], "f": [0.5, -1.25, 1e38], "d": [0.1, -2.5, 1e308]}
for tc, vals in samples.items():
    a = array.array(tc, vals)
    print(tc, a, a.tolist() == [type(v)(x) for v, x in zip(vals, a)], len(a.tobytes()))
u = array.array("u", "héllo wörld ☃")
print(u, u.tounicode(), len(u), u[1], u[-1])
print(array.array("f", [0.1]).tolist())
