# repr of weak references: the referent's type name, its __name__ when it has one, or "dead".
from _weakref import ref
from _isolate import noaddr


class C:
    pass


class Named:
    __name__ = 'custom name'


class BadName:
    @property
    def __name__(self):
        raise RuntimeError('no name')


def func():
    pass


objs = [C(), C, func, Named(), {1}, frozenset()]
for o in objs:
    print(noaddr(repr(ref(o))))
bn = BadName()
try:
    repr(ref(bn))
except RuntimeError as e:
    print('RuntimeError', e)


class R(ref):
    pass


c = C()
print(noaddr(repr(R(c))))
