# From CPython's test_itertools test_cycle_setstate: cycle.__setstate__ checks its state as PyArg_ParseTuple("O!i") does.
from itertools import cycle
for st in ([list('abc'), 0], (tuple('ab'), 0), (list('ab'), 'x'), (), ([],), (['a'], 1, 2), (['a'], 2**70), (['a'], 1.5), (['a'], 2**40), (['a'], -2**40), (['x', 'y'], True), (['x', 'y'], 0)):
    try:
        c = cycle('defg')
        c.__setstate__(st)
        print('ok', [next(c) for _ in range(7)])
    except Exception as e:
        print(type(e).__name__, e)
