# Which builtin objects can be weakly referenced, with CPython's message for the others.
from _weakref import ref


def gen():
    yield 1


class C:
    def m(self):
        pass


samples = [
    ('int', 1), ('str', 's'), ('bytes', b'b'), ('tuple', ()), ('list', []), ('dict', {}), ('float', 1.5),
    ('complex', 1j), ('bool', True), ('None', None), ('object', object()), ('range', range(2)),
    ('slice', slice(1)), ('property', property()), ('exception', Exception()), ('iterator', iter([])),
    ('set', set()), ('frozenset', frozenset()), ('function', gen), ('generator', gen()), ('type', int),
    ('class', C), ('instance', C()), ('method', C().m), ('builtin', len), ('code', gen.__code__),
    ('module', __import__('sys')), ('enumerate', enumerate([])),
]
for name, o in samples:
    try:
        ref(o)
        print(name, 'ok')
    except TypeError as e:
        print(name, 'TypeError:', e)
