# bytes/bytearray details from test_bytes: hex() with a NUL separator, bytes(list) whose items' __index__
# change the list, __bytes__ of a str subclass, bytearray(iterable) filling as it goes, iterator pickling,
# __reduce_ex__ with slots, extended-slice deletion with a huge step.
import pickle
import copy
import sys

for T in (bytes, bytearray):
    tb = T(b'\xb9\x01\xef')
    print(repr(tb.hex(b'\x00')), repr(tb.hex('\x00')), repr(tb.hex(b'\x7f', 2)), repr(tb.hex(':', -2)))

    class X:
        def __index__(self):
            a.clear()
            return 42
    a = [X(), X()]
    print(T(a))

    class Y:
        def __index__(self):
            if len(a) < 1000:
                a.append(self)
            return 42
    a = [Y()]
    print(len(T(a)))

    class A(str):
        def __bytes__(self):
            return b'abc'
    try:
        print(T(A('\u20ac')))
    except TypeError as e:
        print("TypeError", e)
    print(T(A('\u20ac'), 'iso8859-15'))
    for args in [('x', None, 'strict'), (1, 'ascii'), (1, None, 'strict'), ('', 'Boom'), ('', 'ascii', 'Boom')]:
        try:
            print(T(*args))
        except (TypeError, LookupError) as e:
            print(type(e).__name__, e)
    it = iter(T(b'abc'))
    next(it)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        it2 = pickle.loads(pickle.dumps(it, proto))
        print(proto, type(it2).__name__, list(it2), it.__reduce__()[1:])
    it.__setstate__(-5)
    print(list(it), it.__reduce__()[1:], it.__length_hint__())
    it = iter(T(b'abc'))
    it.__setstate__(10)
    print(list(it))

b = bytearray()
seen = []


def g():
    for i in range(1, 30):
        yield i
        seen.append((list(b) == list(range(1, len(b) + 1)), b.__alloc__() > len(b)))


b.__init__(g())
print(len(b), all(x == (True, True) for x in seen), len(seen))

L = list(range(20))
b = bytearray(L)
for start, step in [(1, sys.maxsize), (1, 1 << 333), (3, 19), (-1, -sys.maxsize)]:
    L2, b2 = L[:], bytearray(b)
    del L2[start::step]
    del b2[start::step]
    print(b2 == bytearray(L2), len(b2))


class BS(bytearray):
    __slots__ = ('x', 'y', '__dict__')


a = BS(b'abcd')
a.x = 10
a.z = BS(b'efgh')
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    bb = pickle.loads(pickle.dumps(a, proto))
    print(bb, bb.x, bb.z, hasattr(bb, 'y'))
print(copy.copy(a).x, copy.deepcopy(a).x)
print(a.__reduce_ex__(2))
print(a.__reduce_ex__(4)[1:])
