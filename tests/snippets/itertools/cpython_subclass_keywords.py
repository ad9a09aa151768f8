# From CPython's test_itertools SubclassWithKwargsTest: iterator types refuse keyword arguments
# unless the subclass defines its own __init__ (or __new__) to take them.
import operator
from itertools import chain, cycle, dropwhile, filterfalse, islice, starmap, takewhile

def is_even(x):
    return x % 2 == 0

cases = [
    (filter, (None, [0, 1])), (filterfalse, (None, [0, 1])), (chain, ([1, 2], [3, 4])),
    (map, (str, [1, 2])), (starmap, (operator.pow, ((2, 3), (3, 2)))), (islice, ([1, 2, 3, 4], 1, 3)),
    (takewhile, (is_even, [2, 3, 4])), (dropwhile, (is_even, [2, 3, 4])), (cycle, ([1, 2],)),
    (reversed, ('abc',)),
]
for cls, args in cases:
    class plain(cls):
        pass
    u = plain(*args)
    print(cls.__name__, type(u) is plain, list(islice(u, 0, 3)))
    for c in (cls, plain):
        try:
            c(*args, newarg=3)
        except TypeError as e:
            print('  ', e)

    class with_init(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg
    u = with_init(*args, newarg=3)
    print('  init:', list(islice(u, 0, 3)), u.newarg)

    class with_new(cls):
        def __new__(cls, *args, newarg=None):
            self = super().__new__(cls, *args)
            self.newarg = newarg
            return self
    u = with_new(*args, newarg=3)
    print('  new:', list(islice(u, 0, 3)), u.newarg)

# reversed() of something with __reversed__ returns what that gives, for a subclass of reversed too.
class R(reversed):
    pass
print(type(R([1, 2])).__name__, type(R('ab')).__name__, list(R('ab')))
