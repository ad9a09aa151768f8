b = b'abc'
it = iter(b)
print(type(it).__name__, next(it), it.__length_hint__(), list(it), it.__length_hint__())
ba = bytearray(b'xyz')
it2 = iter(ba)
print(type(it2).__name__, next(it2))
ba.append(33)
print(list(it2))
print([x for x in b'\x00\xff'], list(reversed(b'abc')), sum(b'abc'), max(b'abc'), sorted(bytearray(b'cab')))
print(list(enumerate(b'ab')), dict(zip(b'ab', b'cd')), set(b'aab') == {97, 98}, tuple(bytearray(b'hi')))
a, c = b'AC'
print(a, c, [*b'xy'])
it3 = iter(b'')
print(next(it3, 'done'), next(it3, 'still'))
