def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class B(bytes):
    def hello(self):
        return 'hi ' + repr(self)
b = B(b'abc')
print(b, repr(b), type(b).__name__, isinstance(b, bytes), b == b'abc', b.hello())
print(type(b.upper()), type(b[0:2]), type(b + b'x'), type(b * 2), type(b.strip()))
b.attr = 5
print(b.attr, len(b), hash(b) == hash(b'abc'), list(b))
print(type(B.fromhex('6162')), B.fromhex('6162'))
print(bytes(b) == b, type(bytes(b)), type(b.__bytes__()))
class B2(bytes):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(B2(b'ab'), B2.fromhex('41'))
class BA(bytearray):
    pass
x = BA(b'xyz')
print(x, type(x.upper()).__name__, type(x[1:]).__name__, type(x.copy()).__name__, BA.fromhex('41 42'))
x.append(33)
print(x, len(x), x == b'xyz!')
