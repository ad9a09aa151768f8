# gc.is_tracked: atoms (numbers, strings, bytes, None, ...) are never tracked; containers and instances are.
import gc


class A:
    pass


class S(str):
    pass


class I(int):
    pass


def f():
    pass


atoms = [1, 2 ** 100, 1.5, 1j, 'text', b'bytes', None, True, ..., NotImplemented, range(3), f.__code__, object(), int, type]
for o in atoms:
    print(type(o).__name__, gc.is_tracked(o))
tracked = [[], [1], {1}, set(), frozenset(), A(), A, S('s'), I(1), f, slice(1, 2), property(), classmethod(f),
           staticmethod(f), Exception('e'), gc, len, str.join, iter([]), enumerate([]), zip(), map(f, [])]
for o in tracked:
    print(type(o).__name__, gc.is_tracked(o))
for args in [(), (1, 2)]:
    try:
        gc.is_tracked(*args)
    except TypeError as e:
        print(e)
