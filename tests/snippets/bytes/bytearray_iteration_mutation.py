ba = bytearray(b'abc')
out = []
for i, x in enumerate(ba):
    out.append(x)
    if i == 0:
        ba.append(100)
    if i == 1:
        del ba[0]
print(out, ba)
it = iter(bytearray(b'xy'))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
ba2 = bytearray(b'12345')
it2 = iter(ba2)
next(it2)
ba2.clear()
print(list(it2), it2.__length_hint__())
