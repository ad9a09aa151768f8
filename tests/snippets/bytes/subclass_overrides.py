def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class B(bytes):
    def __eq__(self, other):
        return 'custom eq'
    __hash__ = bytes.__hash__
    def __getitem__(self, i):
        return 'item'
    def __len__(self):
        return 99
x = B(b'abc')
print(x == b'abc', x[0], len(x), bytes(x), x.upper(), x.find(b'b'), list(x), b'abc' == x, hash(x) == hash(b'abc'))
class Bb(bytes):
    def __bytes__(self):
        return b'override'
print(bytes(Bb(b'orig')), b'%s' % Bb(b'orig'), Bb(b'orig') + b'', bytearray(Bb(b'orig')))
class BA(bytearray):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = len(self)
y = BA(b'hello')
print(y, y.extra, type(y + b'!').__name__, y.upper(), BA(3), BA(3).extra)
class Weird(bytes):
    def __new__(cls, x):
        return super().__new__(cls, x.encode() if isinstance(x, str) else x)
print(Weird('text'), Weird(b'b'), type(Weird('t')).__name__)
t(lambda: bytes.__new__(int, b'x'))
t(lambda: bytes.__new__(B, 'x'))
print(bytes.__new__(B, b'via new'), type(bytes.__new__(B, b'n')).__name__)
