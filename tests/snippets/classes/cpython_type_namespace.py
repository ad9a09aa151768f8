# type(name, bases, ns): an OrderedDict namespace keeps its own order, a class body's __dict__/__weakref__
# are not replaced by the descriptors type() adds, and the name and doc must encode to UTF-8 (test_builtin.TestType).
import collections

od = collections.OrderedDict([('a', 1), ('b', 2)])
od.move_to_end('a')
C = type('C', (), od)
print(list(C.__dict__.items())[:2])
print(list(dict(od)), list({**od}))


class P:
    @property
    def __dict__(self):
        return {'fake': True}
    __weakref__ = 'mine'


p = P()
print(p.__dict__, P.__weakref__, type(P.__dict__['__dict__']).__name__)

for args in [('A\udcdcB', (), {}), ('A', (), {'__doc__': 'x\udcdc'}), ('A\x00B', (), {}),
             ('A\udcdc\x00', (), {})]:
    try:
        type(*args)
    except (UnicodeEncodeError, ValueError) as e:
        print(type(e).__name__, e)
print(type('A', (), {'__doc__': b'bytes doc'}).__doc__)
A = type('A', (), {})
for name in ['B\udcdc', 'B\x00', 'ok\U0001f600']:
    try:
        A.__name__ = name
    except (UnicodeEncodeError, ValueError) as e:
        print(type(e).__name__, e)
print(ascii(A.__name__))
