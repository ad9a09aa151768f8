ba = bytearray(b' Hello World ')
for name, args in [('strip', ()), ('lower', ()), ('upper', ()), ('title', ()), ('capitalize', ()), ('swapcase', ()),
                   ('center', (20,)), ('ljust', (3,)), ('zfill', (2,)), ('expandtabs', ()), ('replace', (b'x', b'y')),
                   ('translate', (None,)), ('removeprefix', (b'q',)), ('removesuffix', (b'q',)), ('lstrip', ()), ('rstrip', ())]:
    r = getattr(ba, name)(*args)
    print(name, type(r).__name__, r, r is ba)
print([type(x).__name__ for x in ba.split()], [type(x).__name__ for x in ba.partition(b'o')], type(ba.join([])).__name__)
print(type(bytearray.fromhex('00')).__name__, type(bytearray.maketrans(b'', b'')).__name__, type(ba.hex()).__name__, type(ba.decode()).__name__)
print(ba.count(b'l'), ba.find(b'W'), ba.index(b'o'), ba.isascii(), ba.startswith(b' '), ba.splitlines())
