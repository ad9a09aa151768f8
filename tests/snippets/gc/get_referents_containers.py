# gc.get_referents of the builtin containers, in CPython's visiting order.
import gc

print(gc.get_referents([1, 'x', None]))
print(gc.get_referents((1, 'x', 2.5)))
print(gc.get_referents({1: 'a', 2: 'b'}))
print(gc.get_referents({'k': 'v', 'j': 'w'}))
print(sorted(gc.get_referents({3, 1, 2})))
print(sorted(gc.get_referents(frozenset('ab'))))
print(gc.get_referents([]), gc.get_referents(()), gc.get_referents({}))
print(gc.get_referents(1, 'abc', 2.5, b'x', None))
print(gc.get_referents([1], (2,), [3, 4]))
inner = [0]
outer = [inner, inner]
print([x is inner for x in gc.get_referents(outer)])
print(gc.get_referents())
try:
    gc.get_referents(x=1)
except TypeError as e:
    print(e)
