# From CPython's list_tests/seq_tests test_repr_deep: repr() of deeply nested containers
# counts against the recursion limit.
import sys

for make in (lambda x: [x], lambda x: (x,), lambda x: {1: x}):
    a = make(None)
    for i in range(sys.getrecursionlimit() + 100):
        a = make(a)
    try:
        repr(a)
    except RecursionError as e:
        print(type(a).__name__, 'RecursionError:', e)

a = []
for i in range(100):
    a = [a]
print(len(repr(a)))
l = [1]
l.append(l)
print(repr(l), str(l))
