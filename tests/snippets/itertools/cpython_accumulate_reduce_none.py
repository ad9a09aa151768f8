# From CPython's test_itertools test_accumulate_reducible_none (issue #25718): a running total of None survives pickling and copying.
import copy, operator, pickle
from itertools import accumulate
it = accumulate([None, None, None], operator.is_)
print(next(it))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(list(pickle.loads(pickle.dumps(it, proto))))
print(list(copy.deepcopy(it)), list(copy.copy(it)))
r = it.__reduce__()
print(r[0].__name__, type(r[1][0]).__name__, r[1][1:], list(r[1][0]))
it = accumulate([1, 2, 3])
next(it)
print(it.__reduce__()[2], list(pickle.loads(pickle.dumps(it))))
it = accumulate([1, 2], initial=None)
print(list(pickle.loads(pickle.dumps(it))))
