# From CPython's test_range test_iterator_pickling: iter(range) is a longrange_iterator when
# start + len * step could overflow a C long, and pickling keeps the type.
import pickle

cases = [(13,), (0, 11), (20, 3, -1), (-2, 2, 2)]
for M in 2**31, 2**63:
    cases += [(M - 3, M - 1), (4 * M, 4 * M + 2), (M - 2, M - 1, 2), (-M + 1, -M, -2),
              (1, 2, M - 1), (-1, -2, -M), (1, M - 1, M - 1), (-1, -M, -M)]
for t in cases:
    r = range(*t)
    it = iter(r)
    rev = reversed(r)
    back = pickle.loads(pickle.dumps(it, 2))
    print(t, type(it).__name__, type(rev).__name__, type(back).__name__, list(back), list(rev))
    it = iter(r)
    next(it, None)
    print('  ', it.__reduce__()[1:], list(pickle.loads(pickle.dumps(it))))
